package io.exwire.testkit.mexc;

import io.exwire.testkit.Await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * A JDK {@link WebSocket} test client that records every text and (reassembled) binary message and the close.
 * Waits are bounded and poll through {@link Await}. Thread-safe; {@link #close()} releases the HTTP client.
 */
final class WsTestClient implements WebSocket.Listener, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> texts = new ArrayList<>();
    private final List<byte[]> binaries = new ArrayList<>();
    private final StringBuilder textPart = new StringBuilder();
    private final ByteArrayOutputStream binaryPart = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;
    private WebSocket socket;

    static WsTestClient connect(URI uri) {
        WsTestClient client = new WsTestClient();
        client.socket = Await.result(client.http.newWebSocketBuilder().buildAsync(uri, client), WAIT);
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (this) {
            textPart.append(data);
            if (last) {
                texts.add(textPart.toString());
                textPart.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        synchronized (this) {
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            binaryPart.writeBytes(chunk);
            if (last) {
                binaries.add(binaryPart.toByteArray());
                binaryPart.reset();
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeReason = reason;
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    void send(String text) {
        Await.result(socket.sendText(text, true), WAIT);
    }

    /**
     * Sends a ping request and waits for its reply: every frame the server queued before the ping has arrived
     * once the reply is here, since a connection's frames leave in order.
     *
     * @param ping the venue's ping request
     * @param isPong recognises the venue's reply
     */
    void barrier(String ping, Predicate<String> isPong) {
        long before = texts().stream().filter(isPong).count();
        send(ping);
        Await.until("pong after barrier", WAIT, () -> texts().stream().filter(isPong).count() > before);
    }

    /** A spot barrier: {@code {"method":"PING"}} and its PONG. */
    void spotBarrier() {
        barrier("{\"method\":\"PING\"}", t -> t.contains("\"msg\":\"PONG\""));
    }

    /** A futures barrier: {@code {"method":"ping"}} and its pong. */
    void futuresBarrier() {
        barrier("{\"method\":\"ping\"}", t -> t.startsWith("{\"channel\":\"pong\""));
    }

    synchronized List<String> texts() {
        return List.copyOf(texts);
    }

    synchronized List<byte[]> binaries() {
        return List.copyOf(binaries);
    }

    /** @return the first text received that matches, waiting for it */
    String awaitText(String what, Predicate<String> match) {
        Await.until(what, WAIT, () -> texts().stream().anyMatch(match));
        return texts().stream().filter(match).findFirst().orElseThrow();
    }

    /** @return the text at {@code index}, waiting for it */
    String text(int index) {
        Await.until("text #" + index, WAIT, () -> texts().size() > index);
        return texts().get(index);
    }

    /** @return the binary frames whose wrapper matches, once at least {@code count} arrived */
    List<ProtoReader> awaitPushes(String what, int count, Predicate<ProtoReader> match) {
        Await.until(what, WAIT, () -> pushes(match).size() >= count);
        return pushes(match);
    }

    List<ProtoReader> pushes(Predicate<ProtoReader> match) {
        return binaries().stream().map(ProtoReader::parse).filter(match).toList();
    }

    /** @return the close code once the connection closed (an abrupt end fails the future) */
    CompletableFuture<Integer> closed() {
        return closed;
    }

    String closeReason() {
        return closeReason;
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        http.shutdownNow();
    }
}
