package io.exwire.core.dispatch;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A frame queue drained by one dispatcher thread. Frames and control tasks share one FIFO queue, so a task runs after
 * the frames submitted before it (as {@link DispatchLane#execute} promises: housekeeping never judges acks or data
 * that are still waiting); only frames count against the capacity, so tasks are never dropped.
 *
 * <p>The queue is lock-free and the dispatcher waits by parking itself, so the dispatcher thread allocates nothing to
 * wait (a blocking queue's {@code take()} allocates a condition node every time it blocks, which at a few thousand
 * frames a second is once per frame). An idle dispatcher polls {@value #SPINS} times before it parks; a submitter
 * unparks it only when it is parked.
 */
final class QueuedLane implements DispatchLane {

    /** Empty polls before the dispatcher parks. */
    private static final int SPINS = 64;

    private record Frame(int connectionId, String text, byte[] binary, long receiveNanos) {
    }

    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger frames = new AtomicInteger();
    private final int capacity;
    private final FrameConsumer consumer;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean parked;

    QueuedLane(int capacity, String threadName, FrameConsumer consumer) {
        this.capacity = capacity;
        this.consumer = consumer;
        this.thread = Thread.ofPlatform().daemon(true).name(threadName).start(this::run);
    }

    @Override
    public boolean text(int connectionId, String text, long receiveNanos) {
        return offer(new Frame(connectionId, text, null, receiveNanos));
    }

    @Override
    public boolean binary(int connectionId, ByteBuffer data, long receiveNanos) {
        if (closed || frames.get() >= capacity) {
            return false;
        }
        byte[] copy = new byte[data.remaining()];
        data.duplicate().get(copy);
        return offer(new Frame(connectionId, null, copy, receiveNanos));
    }

    private boolean offer(Frame frame) {
        if (closed) {
            return false;
        }
        if (frames.incrementAndGet() > capacity) {
            frames.decrementAndGet();
            return false;
        }
        queue.add(frame);
        wake();
        return true;
    }

    @Override
    public void execute(Runnable task) {
        if (!closed) {
            queue.add(task);
            wake();
        }
    }

    private void wake() {
        if (parked) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public long depth() {
        return frames.get();
    }

    @Override
    public long lagNanos() {
        for (Object item : queue) {
            if (item instanceof Frame f) {
                return Math.max(0, LaneClock.nowNanos() - f.receiveNanos);
            }
        }
        return 0;
    }

    private void run() {
        int idle = 0;
        while (!closed) {
            Object item = queue.poll();
            if (item == null) {
                idle = idle < SPINS ? spin(idle) : park();
                continue;
            }
            idle = 0;
            try {
                if (item instanceof Frame f) {
                    frames.decrementAndGet();
                    deliver(f);
                } else if (!closed) {
                    ((Runnable) item).run();
                }
            } catch (RuntimeException e) {
                consumer.failed(e);
            }
        }
    }

    private static int spin(int idle) {
        Thread.onSpinWait();
        return idle + 1;
    }

    /**
     * Parks until something is submitted or the lane closes (a submitter that sees {@link #parked} unparks). A stray
     * interrupt is cleared, not obeyed: only {@link #close()} stops the lane.
     *
     * @return the idle count to go on with
     */
    private int park() {
        parked = true;
        if (queue.isEmpty() && !closed) {
            LockSupport.park(this);
        }
        parked = false;
        Thread.interrupted();
        return 0;
    }

    private void deliver(Frame f) {
        if (f.text != null) {
            consumer.text(f.connectionId, f.text, f.receiveNanos);
        } else {
            consumer.binary(f.connectionId, ByteBuffer.wrap(f.binary), f.receiveNanos);
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        frames.set(0);
        if (Thread.currentThread() != thread) {
            LockSupport.unpark(thread);
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
