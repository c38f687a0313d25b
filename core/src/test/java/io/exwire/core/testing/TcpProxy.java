package io.exwire.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on {@code 127.0.0.1:0} in front of a server, to simulate network failures a websocket close cannot
 * show: {@link #blackholeAll()} silently stops relaying on every current connection (no FIN, no RST: a dead
 * path), while new connections are relayed normally. Records whether each client closed its side.
 */
public final class TcpProxy implements AutoCloseable {

    /** One relayed client connection. */
    public static final class Pair {
        private final Socket client;
        private final Socket upstream;
        private volatile boolean blackholed;
        private volatile boolean clientClosed;

        Pair(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        /** @return whether the client closed (or reset) its side of the TCP connection */
        public boolean clientClosed() {
            return clientClosed;
        }

        /** @return whether relaying was stopped */
        public boolean blackholed() {
            return blackholed;
        }

        void closeQuietly() {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing
            }
            try {
                upstream.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    private final ServerSocket listener;
    private final int targetPort;
    private final List<Pair> pairs = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger names = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param targetPort the server's port on 127.0.0.1
     * @throws IOException if the listener cannot bind
     */
    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        start("accept", this::acceptLoop);
    }

    /** @return the port clients connect to */
    public int port() {
        return listener.getLocalPort();
    }

    /** @return every connection relayed so far */
    public List<Pair> pairs() {
        return pairs;
    }

    /** Stops relaying on every current connection, leaving the sockets open and silent. */
    public void blackholeAll() {
        pairs.forEach(p -> p.blackholed = true);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5000);
                Pair pair = new Pair(client, upstream);
                pairs.add(pair);
                start("up", () -> pump(pair, client, upstream, true));
                start("down", () -> pump(pair, upstream, client, false));
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException("proxy accept failed", e);
                }
            }
        }
    }

    private void pump(Pair pair, Socket from, Socket to, boolean fromClient) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (!pair.blackholed) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
            if (fromClient) {
                pair.clientClosed = true;
            }
        } catch (IOException e) {
            if (fromClient && !closed) {
                pair.clientClosed = true;
            }
        }
        if (!pair.blackholed) {
            pair.closeQuietly();
        }
    }

    private void start(String role, Runnable body) {
        Thread t = Thread.ofPlatform().daemon(true).name("test-proxy-" + role + "-" + names.incrementAndGet())
                .start(body);
        threads.add(t);
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing
        }
        pairs.forEach(Pair::closeQuietly);
        for (Thread t : threads) {
            t.join(5000);
        }
    }
}
