package io.exwire.cli.command;

import io.exwire.cli.control.RunControl;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a command runs with.
 *
 * @param out stdout (tables or JSONL only)
 * @param err stderr (messages)
 * @param env the environment (credentials)
 * @param interactive whether stdout is a terminal
 * @param control the run's budget and stop
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, boolean interactive,
                         RunControl control) {
}
