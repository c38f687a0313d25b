package io.exwire.core.transport;

import io.exwire.api.exception.ConnectionLostException;
import io.exwire.api.exception.FrameTooLargeException;
import io.helidon.common.buffers.BufferData;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One Helidon websocket: joins fragments with a size limit, answers protocol pings, serialises writes and reports
 * the end of the connection exactly once.
 */
final class HelidonWsConnection implements WsConnection {

    private static final int ABNORMAL = 1006;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final FrameListener listener;
    private final int maxBytes;
    private final EpochNanoClock clock;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final CountDownLatch opened = new CountDownLatch(1);
    private final StringBuilder textParts = new StringBuilder();
    private byte[] binaryParts = new byte[0];
    private int binaryLength;
    private volatile WsSession session;
    private volatile Thread reader;
    private volatile long lastInbound;

    HelidonWsConnection(FrameListener listener, int maxBytes, EpochNanoClock clock) {
        this.listener = listener;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.lastInbound = clock.nanos();
    }

    WsListener listener() {
        return new Adapter();
    }

    void awaitOpen(Duration timeout) {
        try {
            if (!opened.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                abort();
                throw new ConnectionLostException("websocket did not open within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new ConnectionLostException("interrupted while opening websocket", e);
        }
    }

    @Override
    public boolean send(String text) {
        WsSession s = session;
        if (s == null || ended.get()) {
            return false;
        }
        writeLock.lock();
        try {
            s.send(text, true);
            return true;
        } catch (RuntimeException e) {
            end(ABNORMAL, "send failed", new ConnectionLostException("send failed: " + e.getClass().getSimpleName(), e));
            return false;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public boolean isOpen() {
        return session != null && !ended.get();
    }

    @Override
    public long lastInboundNanos() {
        return lastInbound;
    }

    @Override
    public void close(int code, String reason) {
        WsSession s = session;
        if (s != null && !ended.get()) {
            writeLock.lock();
            try {
                s.close(code, reason);
            } catch (RuntimeException ignored) {
                // the peer is gone already; the end is reported below either way
            } finally {
                writeLock.unlock();
            }
            dropSocketUnlessPeerCloses();
        }
        end(code, reason, null);
    }

    /**
     * A close frame only asks the peer to close TCP. On a dead path it never does, and Helidon's reader would keep the
     * socket (and its thread) forever: drop the socket if the reader has not ended within a short grace period.
     */
    private void dropSocketUnlessPeerCloses() {
        Thread r = reader;
        if (r == null) {
            dropSocket();
            return;
        }
        Thread.ofVirtual().name("exwire-ws-close-grace").start(() -> {
            try {
                if (!r.join(CLOSE_GRACE)) {
                    dropSocket();
                }
            } catch (InterruptedException e) {
                dropSocket();
            }
        });
    }

    @Override
    public void abort() {
        end(ABNORMAL, "aborted", null);
        dropSocket();
    }

    /**
     * Closes the TCP socket itself. Helidon's {@code terminate()} only queues a close frame: on a dead path (no FIN,
     * no RST) its reader thread would stay blocked in read forever, keeping the socket and the thread.
     */
    private void dropSocket() {
        WsSession s = session;
        if (s != null && s.socketContext() instanceof HelidonSocket socket) {
            try {
                socket.close();
            } catch (RuntimeException ignored) {
                // already closed
            }
        }
    }

    private void terminate() {
        WsSession s = session;
        if (s != null) {
            try {
                s.terminate();
            } catch (RuntimeException ignored) {
                // already terminated
            }
        }
    }

    private void end(int code, String reason, Throwable error) {
        if (ended.compareAndSet(false, true)) {
            opened.countDown();
            listener.onClosed(code, reason, error);
        }
    }

    private void onText(String text, boolean last) {
        lastInbound = clock.nanos();
        if (last && textParts.isEmpty()) {
            checkSize(text.length());
            listener.onText(text, lastInbound);
            return;
        }
        checkSize(textParts.length() + text.length());
        textParts.append(text);
        if (last) {
            String whole = textParts.toString();
            textParts.setLength(0);
            listener.onText(whole, lastInbound);
        }
    }

    private void onBinary(BufferData data, boolean last) {
        lastInbound = clock.nanos();
        int n = data.available();
        checkSize(binaryLength + n);
        if (binaryParts.length < binaryLength + n) {
            binaryParts = java.util.Arrays.copyOf(binaryParts, Math.max(binaryLength + n, binaryParts.length * 2));
        }
        data.read(binaryParts, binaryLength, n);
        binaryLength += n;
        if (last) {
            ByteBuffer whole = ByteBuffer.wrap(binaryParts, 0, binaryLength);
            binaryLength = 0;
            listener.onBinary(whole, lastInbound);
        }
    }

    private void checkSize(int bytes) {
        if (bytes > maxBytes) {
            textParts.setLength(0);
            binaryLength = 0;
            throw new Oversized(bytes);
        }
    }

    private final class Oversized extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Oversized(int bytes) {
            super("message of at least " + bytes + " bytes exceeds the limit of " + maxBytes, null, false, false);
        }
    }

    private final class Adapter implements WsListener {
        @Override
        public void onOpen(WsSession s) {
            session = s;
            reader = Thread.currentThread();
            watchReader(reader);
            opened.countDown();
        }

        /**
         * Helidon's client reader ({@code ClientWsConnection.doRun}, 4.2) returns silently at end of stream: a peer
         * that closes TCP without a close frame (a dropped or reset connection) reaches neither {@code onClose} nor
         * {@code onError}, and the loss would only show at the next failing send or the liveness timeout, seconds
         * later. onOpen runs on that reader thread (one virtual thread per connection), so its end is the end of the
         * connection; {@link #end} is idempotent, so a regular close is still reported once, with its own code.
         */
        private void watchReader(Thread reader) {
            if (!reader.isVirtual()) {
                return;
            }
            Thread.ofVirtual().name("exwire-ws-reader-watch").start(() -> {
                try {
                    reader.join();
                } catch (InterruptedException e) {
                    return;
                }
                end(ABNORMAL, "connection closed by the peer without a close frame",
                        new ConnectionLostException("connection closed by the peer without a close frame"));
            });
        }

        @Override
        public void onMessage(WsSession s, String text, boolean last) {
            guard(() -> onText(text, last));
        }

        @Override
        public void onMessage(WsSession s, BufferData data, boolean last) {
            guard(() -> onBinary(data, last));
        }

        @Override
        public void onPing(WsSession s, BufferData data) {
            lastInbound = clock.nanos();
            writeLock.lock();
            try {
                s.pong(data);
            } catch (RuntimeException e) {
                end(ABNORMAL, "pong failed", new ConnectionLostException("pong failed", e));
            } finally {
                writeLock.unlock();
            }
        }

        @Override
        public void onPong(WsSession s, BufferData data) {
            lastInbound = clock.nanos();
        }

        @Override
        public void onClose(WsSession s, int status, String reason) {
            end(status, reason == null ? "" : reason, null);
        }

        @Override
        public void onError(WsSession s, Throwable t) {
            end(ABNORMAL, "read error", new ConnectionLostException("websocket error: " + t.getClass().getSimpleName(), t));
        }

        private void guard(Runnable action) {
            try {
                action.run();
            } catch (Oversized e) {
                end(1009, "message too big", new FrameTooLargeException(e.getMessage()));
                terminate();
            }
        }
    }
}
