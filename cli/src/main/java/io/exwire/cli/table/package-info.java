/**
 * The {@code --format table} output and the demo's dashboard: per-symbol rows and per-account panels updated by
 * the handlers, rendered by the command's thread in place on a terminal (ANSI) or as plain snapshots otherwise.
 */
package io.exwire.cli.table;
