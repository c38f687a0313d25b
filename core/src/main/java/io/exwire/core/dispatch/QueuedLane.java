package io.exwire.core.dispatch;

import java.nio.ByteBuffer;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A frame queue drained by one dispatcher thread. Frames and control tasks share one FIFO queue, so a task runs after
 * the frames submitted before it (as {@link DispatchLane#execute} promises: housekeeping never judges acks or data
 * that are still waiting); only frames count against the capacity, so tasks are never dropped.
 */
final class QueuedLane implements DispatchLane {

    private record Frame(int connectionId, String text, byte[] binary, long receiveNanos) {
    }

    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger frames = new AtomicInteger();
    private final int capacity;
    private final FrameConsumer consumer;
    private final Thread thread;
    private volatile boolean closed;

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
        return true;
    }

    @Override
    public void execute(Runnable task) {
        if (!closed) {
            queue.add(task);
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
        while (!closed) {
            try {
                Object item = queue.take();
                if (item instanceof Frame f) {
                    frames.decrementAndGet();
                    deliver(f);
                } else if (!closed) {
                    ((Runnable) item).run();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                consumer.failed(e);
            }
        }
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
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
