/**
 * The {@code stream} and {@code account} commands and what they share: configuration, bounded start-up, the run
 * loop and the two presentations (table, JSONL). Written as an application would use exwire: through
 * {@code io.exwire.api} and {@code io.exwire.core.Exchanges} only.
 */
package io.exwire.cli.command;
