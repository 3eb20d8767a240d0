/** Runnable tutorials: each class has a main method and a short narrative in its javadoc. */
package org.whosaid.examples;
