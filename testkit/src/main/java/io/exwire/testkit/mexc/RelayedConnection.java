package io.exwire.testkit.mexc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One client connection through {@link LoopbackRelay}: two virtual pump threads copying bytes each way, which can
 * be frozen (half-open) or aborted (TCP reset).
 *
 * <p><b>Threading.</b> Thread-safe; the pumps end when either side closes or on {@link #abort()}.
 */
final class RelayedConnection {

    private final Socket client;
    private final Socket upstream;
    private final Consumer<RelayedConnection> onEnd;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition thawed = lock.newCondition();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean frozen;

    RelayedConnection(Socket client, Socket upstream, Consumer<RelayedConnection> onEnd) {
        this.client = client;
        this.upstream = upstream;
        this.onEnd = onEnd;
    }

    void start() throws IOException {
        InputStream fromClient = client.getInputStream();
        OutputStream toUpstream = upstream.getOutputStream();
        InputStream fromUpstream = upstream.getInputStream();
        OutputStream toClient = client.getOutputStream();
        SimThreads.start("mexc-sim-relay-up", () -> pump(fromClient, toUpstream));
        SimThreads.start("mexc-sim-relay-down", () -> pump(fromUpstream, toClient));
    }

    void freeze() {
        frozen = true;
    }

    void thaw() {
        lock.lock();
        try {
            frozen = false;
            thawed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Resets the client connection (SO_LINGER 0) and closes the upstream side. */
    void abort() {
        try {
            client.setSoLinger(true, 0);
        } catch (IOException e) {
            // the socket is already closed: nothing left to reset
            end();
            return;
        }
        end();
    }

    private void pump(InputStream in, OutputStream out) {
        byte[] buffer = new byte[16 * 1024];
        try {
            while (true) {
                awaitThawed();
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                awaitThawed();
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // connection ended by either side or by abort(): fall through to close both
        }
        if (!frozen) {
            end();
        }
    }

    private void awaitThawed() throws InterruptedException {
        if (!frozen) {
            return;
        }
        lock.lock();
        try {
            while (frozen && !ended.get()) {
                thawed.await();
            }
        } finally {
            lock.unlock();
        }
        if (ended.get()) {
            throw new InterruptedException("relay ended");
        }
    }

    private void end() {
        if (ended.compareAndSet(false, true)) {
            closeQuietly(client);
            closeQuietly(upstream);
            thaw();
            onEnd.accept(this);
        }
    }

    static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing an already broken socket: nothing to report
        }
    }
}
