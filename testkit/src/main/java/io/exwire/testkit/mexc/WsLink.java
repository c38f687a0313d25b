package io.exwire.testkit.mexc;

import io.helidon.common.buffers.BufferData;
import io.helidon.websocket.WsSession;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * The outbound side of one server WebSocket connection: every frame (acks, pushes, pongs, close) goes through one
 * FIFO queue drained by one virtual writer thread, so frames never interleave and a slow client never blocks the
 * market thread. The writer honours the simulator's slow-send delay before each frame.
 *
 * <p>A client that falls more than {@value #MAX_QUEUED} frames behind is cut off, as venues cut slow consumers.
 *
 * <p><b>Threading.</b> All methods are thread-safe. <b>Lifecycle.</b> Created on open; {@link #stop()} on close ends
 * the writer thread.
 */
final class WsLink {

    static final int MAX_QUEUED = 1 << 18;

    private final WsSession session;
    private final Supplier<Duration> sendDelay;
    private final BlockingQueue<Outbound> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Runnable onBroken;
    private volatile boolean open = true;

    /**
     * @param session the server session
     * @param sendDelay the current slow-send delay
     * @param name the writer thread's name
     * @param onBroken called once if a write fails (the connection is gone)
     */
    WsLink(WsSession session, Supplier<Duration> sendDelay, String name, Runnable onBroken) {
        this.session = session;
        this.sendDelay = sendDelay;
        this.onBroken = onBroken;
        this.writer = SimThreads.start(name, this::drain);
    }

    void sendText(String text) {
        offer(new Outbound(Kind.TEXT, text, null, 0));
    }

    void sendBinary(byte[] bytes) {
        offer(new Outbound(Kind.BINARY, null, bytes, 0));
    }

    void pong(byte[] payload) {
        offer(new Outbound(Kind.PONG, null, payload, 0));
    }

    /**
     * Queues a close frame after the frames already queued; nothing is sent after it.
     *
     * @param code the close code
     * @param reason the reason
     */
    void close(int code, String reason) {
        offer(new Outbound(Kind.CLOSE, reason, null, code));
    }

    /** Ends the writer without sending anything more (the connection is gone). */
    void stop() {
        open = false;
        queue.clear();
        writer.interrupt();
    }

    private void offer(Outbound frame) {
        if (!open) {
            return;
        }
        if (queue.size() >= MAX_QUEUED) {
            stop();
            return;
        }
        queue.add(frame);
    }

    private void drain() {
        try {
            while (open) {
                Outbound frame = queue.take();
                delay();
                boolean written = write(frame);
                if (frame.kind == Kind.CLOSE) {
                    open = false;
                } else if (!written) {
                    open = false;
                    onBroken.run();
                }
            }
        } catch (InterruptedException e) {
            open = false;
        }
    }

    private void delay() throws InterruptedException {
        Duration d = sendDelay.get();
        if (!d.isZero()) {
            Thread.sleep(d);
        }
    }

    /** @return whether the frame was written */
    private boolean write(Outbound frame) {
        try {
            switch (frame.kind) {
                case TEXT -> session.send(frame.text, true);
                case BINARY -> session.send(BufferData.create(frame.bytes), true);
                case PONG -> session.pong(BufferData.create(frame.bytes));
                case CLOSE -> session.close(frame.code, frame.text);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private enum Kind { TEXT, BINARY, PONG, CLOSE }

    private record Outbound(Kind kind, String text, byte[] bytes, int code) {
    }
}
