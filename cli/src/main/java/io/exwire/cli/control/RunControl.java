package io.exwire.cli.control;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When a run ends and with which exit code: an optional event budget ({@code --max-events}), an explicit stop
 * (duration elapsed, Ctrl-C, a connection given up) and the wait for either. The first stop wins. Thread-safe:
 * handlers call {@link #admit()}/{@link #completed()} on exwire threads while the command's thread waits.
 */
public final class RunControl {

    private static final int RUNNING = -1;

    private final AtomicLong admitted = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicInteger exitCode = new AtomicInteger(RUNNING);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile long maxEvents;
    private volatile boolean stopping;

    /**
     * Sets the event budget.
     *
     * @param max events after which the run ends normally, or 0 for no budget
     */
    public void limitEvents(long max) {
        this.maxEvents = max;
    }

    /**
     * Asks whether one more event may be delivered; call {@link #completed()} once it has been written.
     *
     * @return false once stopped or once the budget is used up
     */
    public boolean admit() {
        if (stopping) {
            return false;
        }
        long max = maxEvents;
        return max <= 0 || admitted.incrementAndGet() <= max;
    }

    /** Records that an admitted event was written; the last one of the budget stops the run normally. */
    public void completed() {
        long max = maxEvents;
        if (max > 0 && completed.incrementAndGet() == max) {
            stop(ExitCodes.OK);
        }
    }

    /**
     * Ends the run unless it has already been ended.
     *
     * @param code the exit code
     */
    public void stop(int code) {
        if (exitCode.compareAndSet(RUNNING, code)) {
            stopping = true;
            stopped.countDown();
        }
    }

    /** @return whether the run has been stopped */
    public boolean isStopped() {
        return stopping;
    }

    /**
     * Waits for a stop.
     *
     * @param timeout the bound
     * @return whether the run has been stopped
     */
    public boolean awaitStop(Duration timeout) {
        try {
            return stopped.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(ExitCodes.OK);
            return true;
        }
    }

    /** @return the exit code of the stop, or {@link ExitCodes#OK} while running */
    public int exitCode() {
        int code = exitCode.get();
        return code == RUNNING ? ExitCodes.OK : code;
    }
}
