package io.exwire.cli.command;

import io.exwire.api.exception.RequestTimeoutException;
import io.exwire.cli.control.ExitCodes;
import io.exwire.cli.control.RunControl;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a component's {@code initialize} future, bounded, while watching the run: a stop (Ctrl-C, event
 * budget) ends the wait; a component that gives up during start-up gets a short grace so its own, more precise
 * failure (e.g. authentication) is reported.
 */
public final class Startup {

    /** The longest start-up the CLI waits for: beyond the bounded reconnection attempts of {@link Configs}. */
    public static final Duration BOUND = Duration.ofSeconds(45);

    private static final Duration SLICE = Duration.ofMillis(50);
    private static final Duration GRACE = Duration.ofSeconds(3);

    private Startup() {
    }

    /**
     * @param future the component's start-up
     * @param control the run
     * @param what what is awaited, for the timeout message
     * @param <T> the result type
     * @return the result
     * @throws StoppedException when the run was stopped first
     * @throws RequestTimeoutException when nothing happened within {@link #BOUND}
     * @throws java.util.concurrent.CompletionException wrapping the component's failure
     */
    public static <T> T await(CompletableFuture<T> future, RunControl control, String what) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!settled(future, SLICE)) {
            if (control.isStopped()) {
                return afterStop(future, control);
            }
            if (System.nanoTime() - deadline > 0) {
                future.cancel(false);
                throw new RequestTimeoutException(what + ": no answer within " + BOUND.toSeconds() + " s");
            }
        }
        return future.join();
    }

    private static <T> T afterStop(CompletableFuture<T> future, RunControl control) {
        if (control.exitCode() != ExitCodes.OK && settled(future, GRACE)) {
            return future.join();
        }
        throw new StoppedException(control.exitCode());
    }

    private static boolean settled(CompletableFuture<?> future, Duration wait) {
        try {
            future.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoppedException(ExitCodes.OK);
        }
    }
}
