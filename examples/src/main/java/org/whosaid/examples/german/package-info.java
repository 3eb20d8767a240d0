/** A German language module written in the examples to show how a language plugs in (tutorial 6). */
package org.whosaid.examples.german;
