/** The whosaid command-line jar: {@code extract}, {@code actors}, {@code claims} and {@code bench}. */
package org.whosaid.cli;
