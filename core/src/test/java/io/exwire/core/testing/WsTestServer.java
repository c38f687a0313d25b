package io.exwire.core.testing;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A real Helidon {@link WebServer} with one websocket route ({@code /ws}) on {@code 127.0.0.1:0}. Every accepted
 * connection becomes a {@link Peer} that records what it received; a test supplies what the server does with each
 * text message. Upgrades can be held (to keep a client waiting or disconnected) and released.
 */
public final class WsTestServer implements AutoCloseable {

    /** One server-side websocket. Sends are serialised (Helidon's session is not thread-safe). */
    public static final class Peer {
        private final int id;
        private volatile WsSession session;
        private final List<String> texts = new CopyOnWriteArrayList<>();
        private final List<byte[]> binaries = new CopyOnWriteArrayList<>();
        private final List<byte[]> pongs = new CopyOnWriteArrayList<>();
        private final CountDownLatch closed = new CountDownLatch(1);
        private volatile int closeCode = -1;
        private volatile Throwable error;

        Peer(int id) {
            this.id = id;
        }

        /** @return 1-based order of acceptance */
        public int id() {
            return id;
        }

        /** @return text messages received, in order */
        public List<String> texts() {
            return texts;
        }

        /** @return binary messages received */
        public List<byte[]> binaries() {
            return binaries;
        }

        /** @return payloads of pongs received */
        public List<byte[]> pongs() {
            return pongs;
        }

        /** @return whether the peer saw the connection end (close frame or error) */
        public boolean isClosed() {
            return closed.getCount() == 0;
        }

        /** @return the close code received from the client, or -1 */
        public int closeCode() {
            return closeCode;
        }

        /** @return a read error, if any */
        public Throwable error() {
            return error;
        }

        /** @param text a whole text message */
        public synchronized void send(String text) {
            session.send(text, true);
        }

        /**
         * Sends one fragment of a text message.
         *
         * @param part the fragment
         * @param last whether it ends the message
         */
        public synchronized void sendFragment(String part, boolean last) {
            session.send(part, last);
        }

        /** @param data a whole binary message */
        public synchronized void sendBinary(byte[] data) {
            session.send(BufferData.create(data), true);
        }

        /** @param payload a protocol ping payload */
        public synchronized void ping(byte[] payload) {
            session.ping(BufferData.create(payload));
        }

        /** @param payload an unsolicited protocol pong payload (a one-way heartbeat, RFC 6455 5.5.3) */
        public synchronized void pong(byte[] payload) {
            session.pong(BufferData.create(payload));
        }

        /**
         * Sends a close frame.
         *
         * @param code the code
         * @param reason the reason
         */
        public synchronized void close(int code, String reason) {
            session.close(code, reason);
        }

        @Override
        public String toString() {
            return "peer#" + id;
        }
    }

    private final WebServer server;
    private final List<Peer> peers = new CopyOnWriteArrayList<>();
    private final AtomicInteger upgrades = new AtomicInteger();
    private final AtomicInteger peerIds = new AtomicInteger();
    private final List<Throwable> handlerFailures = new CopyOnWriteArrayList<>();
    private volatile BiConsumer<Peer, String> onText = (p, t) -> { };
    private volatile Consumer<Peer> onOpen = p -> { };
    private volatile Consumer<Peer> onClose = p -> { };
    private volatile CountDownLatch upgradeGate = new CountDownLatch(0);
    private volatile CountDownLatch upgradeReached = new CountDownLatch(1);

    /** Starts the server. */
    public WsTestServer() {
        server = WebServer.builder()
                .host("127.0.0.1")
                .port(0)
                .shutdownHook(false)
                .addRouting(WsRouting.builder().endpoint("/ws", Listener::new))
                .build()
                .start();
    }

    /** @return the websocket URI of this server */
    public URI uri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/ws");
    }

    /** @return the TCP port */
    public int port() {
        return server.port();
    }

    /** @param handler what the server does with each text message (on the peer's reader thread) */
    public void onText(BiConsumer<Peer, String> handler) {
        this.onText = handler;
    }

    /** @param handler what the server does when a websocket opens */
    public void onOpen(Consumer<Peer> handler) {
        this.onOpen = handler;
    }

    /** @param handler what the server does when a websocket closes or fails */
    public void onClose(Consumer<Peer> handler) {
        this.onClose = handler;
    }

    /** Makes every upgrade wait until {@link #releaseUpgrades()}. */
    public void holdUpgrades() {
        upgradeReached = new CountDownLatch(1);
        upgradeGate = new CountDownLatch(1);
    }

    /** Lets held and future upgrades proceed. */
    public void releaseUpgrades() {
        upgradeGate.countDown();
    }

    /** @return whether an upgrade request has reached the server while upgrades were held */
    public boolean upgradeWaiting() {
        return upgradeReached.getCount() == 0;
    }

    /** @return upgrade requests received (connection attempts that reached HTTP) */
    public int upgradeAttempts() {
        return upgrades.get();
    }

    /** @return every websocket accepted, in order */
    public List<Peer> peers() {
        return peers;
    }

    /** @return the last websocket accepted */
    public Peer lastPeer() {
        return peers.get(peers.size() - 1);
    }

    /** @return exceptions thrown by the test's message handler (a bug in the test server) */
    public List<Throwable> handlerFailures() {
        return handlerFailures;
    }

    /** @return websockets accepted and not closed */
    public long openPeers() {
        return peers.stream().filter(p -> !p.isClosed()).count();
    }

    @Override
    public void close() {
        releaseUpgrades();
        server.stop();
    }

    private final class Listener implements WsListener {
        private Peer peer;

        @Override
        public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) {
            upgrades.incrementAndGet();
            upgradeReached.countDown();
            try {
                if (!upgradeGate.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("upgrade held for too long");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }

        @Override
        public void onOpen(WsSession session) {
            peer = new Peer(peerIds.incrementAndGet());
            peer.session = session;
            peers.add(peer);
            onOpen.accept(peer);
        }

        @Override
        public void onMessage(WsSession session, String text, boolean last) {
            peer.texts.add(text);
            try {
                onText.accept(peer, text);
            } catch (RuntimeException e) {
                handlerFailures.add(e);
                throw e;
            }
        }

        @Override
        public void onMessage(WsSession session, BufferData buffer, boolean last) {
            byte[] data = new byte[buffer.available()];
            buffer.read(data);
            peer.binaries.add(data);
        }

        @Override
        public void onPong(WsSession session, BufferData buffer) {
            byte[] data = new byte[buffer.available()];
            buffer.read(data);
            peer.pongs.add(data);
        }

        @Override
        public void onClose(WsSession session, int status, String reason) {
            peer.closeCode = status;
            peer.closed.countDown();
            onClose.accept(peer);
        }

        @Override
        public void onError(WsSession session, Throwable t) {
            if (peer != null) {
                peer.error = t;
                peer.closed.countDown();
                onClose.accept(peer);
            }
        }
    }
}
