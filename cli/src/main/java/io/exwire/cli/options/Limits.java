package io.exwire.cli.options;

import java.time.Duration;
import java.util.Optional;

/**
 * When a streaming command ends by itself.
 *
 * @param duration how long to stream once connected, or null for until interrupted
 * @param maxEvents how many market or account events to deliver, or 0 for no limit
 */
public record Limits(Duration duration, long maxEvents) {

    /** No limit: until interrupted. */
    public static final Limits NONE = new Limits(null, 0);

    /** @return the duration, if limited */
    public Optional<Duration> durationLimit() {
        return Optional.ofNullable(duration);
    }
}
