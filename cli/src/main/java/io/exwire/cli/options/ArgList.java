package io.exwire.cli.options;

import io.exwire.cli.control.UsageException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of one command as given: {@code --name value} or {@code --name=value}, each at most once, every name
 * known to the command. Positional arguments are refused.
 */
public final class ArgList {

    private final String command;
    private final Map<String, String> values;

    private ArgList(String command, Map<String, String> values) {
        this.command = command;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Parses the arguments after the command name.
     *
     * @param command the command, for messages
     * @param args the arguments
     * @param known the option names the command accepts, without dashes
     * @return the options
     * @throws UsageException naming the first wrong argument
     */
    public static ArgList parse(String command, List<String> args, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        while (i < args.size()) {
            String token = args.get(i);
            String name = nameOf(command, token, known);
            int eq = token.indexOf('=');
            String value = eq > 0 ? token.substring(eq + 1) : valueAfter(name, args, i);
            i += eq > 0 ? 1 : 2;
            if (values.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return new ArgList(command, values);
    }

    private static String nameOf(String command, String token, Set<String> known) {
        if (!token.startsWith("--") || token.length() == 2) {
            throw new UsageException("unexpected argument '" + token + "' for '" + command + "'");
        }
        int eq = token.indexOf('=');
        String name = eq > 0 ? token.substring(2, eq) : token.substring(2);
        if (!known.contains(name)) {
            throw new UsageException("unknown option --" + name + " for '" + command + "'; options: "
                    + describe(known));
        }
        return name;
    }

    private static String valueAfter(String name, List<String> args, int index) {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new UsageException("--" + name + " needs a value");
        }
        return args.get(index + 1);
    }

    private static String describe(Set<String> known) {
        StringBuilder sb = new StringBuilder();
        for (String name : new TreeSet<>(known)) {
            sb.append(sb.isEmpty() ? "" : ", ").append("--").append(name);
        }
        return sb.toString();
    }

    /** @return the command these options belong to */
    public String command() {
        return command;
    }

    /**
     * @param name an option name without dashes
     * @return its value, if given
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * @param name an option name without dashes
     * @return its value
     * @throws UsageException if it was not given
     */
    public String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("'" + command + "' needs --" + name);
        }
        return value;
    }
}
