package io.exwire.cli.options;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The options of {@code exwire demo}.
 *
 * @param duration how long to run, or null for until Ctrl-C
 * @param seed the seed of the simulated markets and of the account activity
 */
public record DemoOptions(Duration duration, long seed) {

    /** The option names of the command. */
    public static final Set<String> NAMES = Set.of("duration", "seed");

    /** Default of {@code --seed}. */
    public static final long DEFAULT_SEED = 1;

    /**
     * Parses the options.
     *
     * @param args the arguments after {@code demo}
     * @return the options
     */
    public static DemoOptions parse(List<String> args) {
        ArgList list = ArgList.parse("demo", args, NAMES);
        OptionReader r = new OptionReader(list);
        Duration duration = list.get("duration").map(text -> DurationParser.parse("duration", text)).orElse(null);
        return new DemoOptions(duration, r.longValue("seed", DEFAULT_SEED));
    }

    /** @return the duration, if limited */
    public Optional<Duration> durationLimit() {
        return Optional.ofNullable(duration);
    }
}
