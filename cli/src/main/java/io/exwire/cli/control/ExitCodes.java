package io.exwire.cli.control;

import io.exwire.api.exception.AuthenticationException;
import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.exception.ExchangeNotFoundException;
import io.exwire.api.exception.RequestTimeoutException;
import io.exwire.api.exception.SubscriptionRejectedException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The process exit codes of the CLI, a stable contract, and the mapping from failures to them. */
public final class ExitCodes {

    /** Normal end: duration elapsed, event budget reached or interrupted. */
    public static final int OK = 0;
    /** An unexpected failure. */
    public static final int FAILURE = 1;
    /** Wrong arguments or configuration (the message on stderr says which). */
    public static final int USAGE = 2;
    /** The venue refused the credentials. */
    public static final int AUTHENTICATION = 3;
    /** No connection could be made (or kept) within the CLI's bounded reconnection attempts. */
    public static final int CONNECTION = 4;

    private static final List<Map.Entry<Class<? extends Throwable>, Integer>> MAPPING = List.of(
            Map.entry(UsageException.class, USAGE),
            Map.entry(ConfigurationException.class, USAGE),
            Map.entry(ExchangeNotFoundException.class, USAGE),
            Map.entry(SubscriptionRejectedException.class, USAGE),
            Map.entry(IllegalArgumentException.class, USAGE),
            Map.entry(AuthenticationException.class, AUTHENTICATION),
            Map.entry(ConnectionLostException.class, CONNECTION),
            Map.entry(RequestTimeoutException.class, CONNECTION));

    private ExitCodes() {
    }

    /**
     * Maps a failure to its exit code.
     *
     * @param failure the failure, possibly wrapped in a {@link CompletionException} or {@link ExecutionException}
     * @return the exit code
     */
    public static int of(Throwable failure) {
        Throwable cause = unwrap(failure);
        for (Map.Entry<Class<? extends Throwable>, Integer> entry : MAPPING) {
            if (entry.getKey().isInstance(cause)) {
                return entry.getValue();
            }
        }
        return FAILURE;
    }

    /**
     * Removes future wrappers.
     *
     * @param failure a failure
     * @return the first cause that is not a {@link CompletionException} or {@link ExecutionException}
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
