/** Command-line parsing: raw {@code --name value} pairs, typed values and the options of each command. */
package io.exwire.cli.options;
