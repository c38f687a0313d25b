package io.exwire.testkit.mexc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * A TCP relay on {@code 127.0.0.1:0} in front of the simulator's WebSocket port, so faults can act below the
 * WebSocket layer: {@linkplain #dropAll() abort} connections with a TCP reset, or {@linkplain #freezeAll() freeze}
 * them (half-open: the TCP connection stays up, nothing is forwarded either way).
 *
 * <p><b>Threading.</b> One virtual acceptor thread plus two virtual pump threads per connection. All methods are
 * thread-safe. <b>Lifecycle.</b> {@link #start()} once, {@link #close()} stops every thread.
 */
final class LoopbackRelay implements AutoCloseable {

    private final int targetPort;
    private final IntConsumer onUpstreamClosed;
    private final Set<RelayedConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean closed;
    private Thread acceptor;

    /**
     * @param targetPort the WebSocket server's port
     * @param onUpstreamClosed called with the local port of the relay's upstream socket when a relayed connection
     *        ends, so the server side can forget a connection its WebSocket layer never saw close
     */
    LoopbackRelay(int targetPort, IntConsumer onUpstreamClosed) {
        this.targetPort = targetPort;
        this.onUpstreamClosed = onUpstreamClosed;
    }

    LoopbackRelay start() {
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind relay", e);
        }
        acceptor = SimThreads.start("mexc-sim-relay-accept", this::acceptLoop);
        return this;
    }

    int port() {
        return server.getLocalPort();
    }

    /** Aborts every relayed connection with a TCP reset (no close frame). */
    void dropAll() {
        connections.forEach(RelayedConnection::abort);
    }

    /** Stops forwarding on every current connection while keeping its TCP connection open. */
    void freezeAll() {
        connections.forEach(RelayedConnection::freeze);
    }

    /** Resumes forwarding on frozen connections. */
    void thawAll() {
        connections.forEach(RelayedConnection::thaw);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                relay(client);
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private void relay(Socket client) {
        try {
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            int upstreamPort = upstream.getLocalPort();
            RelayedConnection connection = new RelayedConnection(client, upstream, ended -> {
                connections.remove(ended);
                onUpstreamClosed.accept(upstreamPort);
            });
            connections.add(connection);
            connection.start();
        } catch (IOException e) {
            RelayedConnection.closeQuietly(client);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (server != null) {
            RelayedConnection.closeQuietly(server);
        }
        connections.forEach(RelayedConnection::abort);
        if (acceptor != null) {
            acceptor.interrupt();
        }
    }
}
