package io.exwire.core.dispatch;

import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded frame queue drained by one dispatcher thread. Control tasks go through an unbounded side queue that is
 * drained before each frame, so they are never dropped.
 */
final class QueuedLane implements DispatchLane {

    private record Frame(int connectionId, String text, byte[] binary, long receiveNanos) {
    }

    private final BlockingQueue<Frame> frames;
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final FrameConsumer consumer;
    private final Thread thread;
    private volatile boolean closed;

    QueuedLane(int capacity, String threadName, FrameConsumer consumer) {
        this.frames = new ArrayBlockingQueue<>(capacity);
        this.consumer = consumer;
        this.thread = Thread.ofPlatform().daemon(true).name(threadName).start(this::run);
    }

    @Override
    public boolean text(int connectionId, String text, long receiveNanos) {
        return !closed && frames.offer(new Frame(connectionId, text, null, receiveNanos));
    }

    @Override
    public boolean binary(int connectionId, ByteBuffer data, long receiveNanos) {
        byte[] copy = new byte[data.remaining()];
        data.duplicate().get(copy);
        return !closed && frames.offer(new Frame(connectionId, null, copy, receiveNanos));
    }

    @Override
    public void execute(Runnable task) {
        if (!closed) {
            tasks.add(task);
            frames.offer(WAKE);
        }
    }

    private static final Frame WAKE = new Frame(-1, null, null, 0);

    @Override
    public long depth() {
        return frames.size();
    }

    @Override
    public long lagNanos() {
        Frame head = frames.peek();
        return head == null || head == WAKE ? 0 : Math.max(0, io.exwire.core.dispatch.LaneClock.nowNanos() - head.receiveNanos);
    }

    private void run() {
        while (!closed) {
            try {
                Frame f = frames.poll(100, TimeUnit.MILLISECONDS);
                runTasks();
                if (f != null && f != WAKE) {
                    deliver(f);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                consumer.failed(e);
            }
        }
    }

    private void runTasks() {
        Runnable t;
        while ((t = tasks.poll()) != null && !closed) {
            try {
                t.run();
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
        frames.clear();
        tasks.clear();
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
