package io.exwire.cli.command;

import io.exwire.cli.control.ExitCodes;
import io.exwire.cli.control.RunControl;

import java.time.Duration;

/** The run loop once everything is started: refresh the presentation until stopped or the duration elapses. */
public final class Session {

    private Session() {
    }

    /**
     * Runs; the last frame is left to {@link Presentation#finish()}, so no refresh happens at the deadline itself.
     *
     * @param control the run
     * @param duration how long, or null for until stopped
     * @param presentation what to refresh
     * @return the exit code of the stop
     */
    public static int run(RunControl control, Duration duration, Presentation presentation) {
        long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        long refresh = presentation.refreshInterval().toNanos();
        while (!control.isStopped()) {
            long left = duration == null ? Long.MAX_VALUE : deadline - System.nanoTime();
            if (left <= 0) {
                control.stop(ExitCodes.OK);
            } else if (!control.awaitStop(Duration.ofNanos(Math.min(left, refresh))) && left > refresh) {
                presentation.refresh();
            }
        }
        return control.exitCode();
    }
}
