package io.exwire.testkit.gateio;

import io.helidon.common.buffers.BufferData;
import io.helidon.webserver.ConnectionContext;
import io.helidon.websocket.WsSession;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The outbound side of one WebSocket connection: a bounded queue drained by one virtual thread, so frames keep their
 * order and a slow client never blocks the market thread. A client that lets {@value #CAPACITY} frames pile up is cut
 * off (the venue's slow-consumer behaviour). Fault hooks: a per-frame delay, half-open (drop everything silently),
 * abrupt TCP drop. All writes to the session go through one lock.
 *
 * <p><b>Lifecycle.</b> {@link #start} once after the upgrade; {@link #stop} on close. Thread-safe.
 */
final class GateioOutbound {

    static final int CAPACITY = 500_000;
    private static final Object STOP = new Object();

    private final WsSession session;
    private final LongSupplier delayNanos;
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean halfOpen;
    private volatile boolean stopped;
    private Thread writer;

    GateioOutbound(WsSession session, LongSupplier delayNanos) {
        this.session = session;
        this.delayNanos = delayNanos;
    }

    void start(String name) {
        writer = Thread.ofVirtual().name(name).start(this::drain);
    }

    /** Queues a text frame; silently dropped while half-open or stopped. */
    void send(String text) {
        if (halfOpen || stopped) {
            return;
        }
        if (!queue.offer(text)) {
            drop();
        }
    }

    /** Answers a protocol ping unless half-open. */
    void pong(BufferData payload) {
        if (halfOpen || stopped) {
            return;
        }
        byte[] copy = new byte[payload.available()];
        payload.read(copy);
        locked(() -> session.pong(BufferData.create(copy)));
    }

    /** Sends a protocol ping now. */
    void ping() {
        if (!halfOpen && !stopped) {
            locked(() -> session.ping(BufferData.create("exwire".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        }
    }

    /** Sends a close frame now, ahead of queued frames. */
    void close(int code, String reason) {
        if (!stopped) {
            locked(() -> session.close(code, reason));
        }
    }

    /** Closes the TCP socket without a close frame. */
    void drop() {
        stopped = true;
        queue.clear();
        queue.offer(STOP);
        try {
            ((ConnectionContext) session.socketContext()).serverSocket().close();
        } catch (RuntimeException e) {
            // the socket is already gone: nothing left to drop
            return;
        }
    }

    void halfOpen() {
        halfOpen = true;
        queue.clear();
    }

    boolean isHalfOpen() {
        return halfOpen;
    }

    void stop() {
        stopped = true;
        queue.clear();
        queue.offer(STOP);
    }

    /** Waits for the writer thread to end (after {@link #stop} or {@link #drop}). */
    void join(long millis) throws InterruptedException {
        if (writer != null) {
            writer.join(millis);
        }
    }

    private void drain() {
        try {
            while (true) {
                Object next = queue.take();
                if (next == STOP || stopped) {
                    return;
                }
                delay();
                if (!halfOpen) {
                    locked(() -> session.send((String) next, true));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            stopped = true;
        }
    }

    private void delay() throws InterruptedException {
        long nanos = delayNanos.getAsLong();
        if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }

    private void locked(Runnable write) {
        writeLock.lock();
        try {
            write.run();
        } catch (RuntimeException e) {
            stopped = true;
        } finally {
            writeLock.unlock();
        }
    }
}
