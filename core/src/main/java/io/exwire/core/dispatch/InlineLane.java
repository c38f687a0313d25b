package io.exwire.core.dispatch;

import java.nio.ByteBuffer;
import java.util.concurrent.locks.ReentrantLock;

/** Runs frames on the reader thread and control tasks on their caller's thread, serialised by one lock. */
final class InlineLane implements DispatchLane {

    private final ReentrantLock lock = new ReentrantLock();
    private final FrameConsumer consumer;
    private volatile boolean closed;

    InlineLane(FrameConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public boolean text(int connectionId, String text, long receiveNanos) {
        lock.lock();
        try {
            if (!closed) {
                consumer.text(connectionId, text, receiveNanos);
            }
        } catch (RuntimeException e) {
            consumer.failed(e);
        } finally {
            lock.unlock();
        }
        return true;
    }

    @Override
    public boolean binary(int connectionId, ByteBuffer data, long receiveNanos) {
        lock.lock();
        try {
            if (!closed) {
                consumer.binary(connectionId, data, receiveNanos);
            }
        } catch (RuntimeException e) {
            consumer.failed(e);
        } finally {
            lock.unlock();
        }
        return true;
    }

    @Override
    public void execute(Runnable task) {
        lock.lock();
        try {
            if (!closed) {
                task.run();
            }
        } catch (RuntimeException e) {
            consumer.failed(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long depth() {
        return 0;
    }

    @Override
    public long lagNanos() {
        return 0;
    }

    @Override
    public void close() {
        closed = true;
    }
}
