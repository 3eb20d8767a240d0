/**
 * The service-provider interface through which language modules plug in:
 * {@link org.whosaid.spi.LanguageModule}, usually by extending
 * {@link org.whosaid.spi.ResourceLanguageModule} and shipping the language's lexicons as resource
 * files.
 */
package org.whosaid.spi;
