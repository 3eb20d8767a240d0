/** Test support shared with the language modules through core's test-jar. */
package org.whosaid.testing;
