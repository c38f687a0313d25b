/**
 * The command-line entry point ({@link io.exwire.cli.Main}), command dispatch and exit codes. Only this package
 * tree writes to {@code System.out} and {@code System.err}.
 */
package io.exwire.cli;
