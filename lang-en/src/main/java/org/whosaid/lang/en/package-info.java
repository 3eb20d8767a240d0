/** English language rules for whosaid, found through {@link java.util.ServiceLoader}. */
package org.whosaid.lang.en;
