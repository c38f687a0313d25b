package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.testkit.Await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** A JDK WebSocket test client that records every text frame, pong, close and error. Closed by the test. */
final class GateioWsClient implements WebSocket.Listener, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newHttpClient();
    private final WebSocket ws;
    private final StringBuilder partial = new StringBuilder();
    final List<String> raw = new CopyOnWriteArrayList<>();
    final AtomicLong pongs = new AtomicLong();
    final AtomicInteger closeCode = new AtomicInteger(-1);
    final AtomicReference<Throwable> error = new AtomicReference<>();
    private final AtomicLong ids = new AtomicLong(1);
    private int cursor;

    GateioWsClient(URI uri, boolean decimalSizes) {
        WebSocket.Builder b = http.newWebSocketBuilder().connectTimeout(WAIT);
        if (decimalSizes) {
            b.header("X-Gate-Size-Decimal", "1");
        }
        ws = b.buildAsync(uri, this).orTimeout(10, TimeUnit.SECONDS).join();
    }

    GateioWsClient(URI uri) {
        this(uri, false);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (partial) {
            partial.append(data);
            if (last) {
                raw.add(partial.toString());
                partial.setLength(0);
            }
        }
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        pongs.incrementAndGet();
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.set(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable e) {
        error.set(e);
    }

    void send(String text) {
        ws.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    void sendPing() {
        ws.sendPing(ByteBuffer.wrap(new byte[] {1, 2, 3})).orTimeout(10, TimeUnit.SECONDS).join();
    }

    long nextId() {
        return ids.getAndIncrement();
    }

    /** Sends a request and returns its id. */
    long request(String channel, String event, ArrayNode payload, ObjectNode auth, long timeSeconds) {
        long id = nextId();
        ObjectNode req = GateioJson.object().put("time", timeSeconds).put("id", id).put("channel", channel).put("event", event);
        if (payload != null) {
            req.set("payload", payload);
        }
        if (auth != null) {
            req.set("auth", auth);
        }
        send(GateioJson.write(req));
        return id;
    }

    long subscribe(String channel, String... payload) {
        return request(channel, "subscribe", payload(payload), null, System.currentTimeMillis() / 1000);
    }

    static ArrayNode payload(String... items) {
        ArrayNode a = GateioJson.array();
        for (String s : items) {
            a.add(s);
        }
        return a;
    }

    /** Waits for the reply to request {@code id}. */
    JsonNode reply(long id) {
        return next(n -> n.path("id").asLong(-1) == id && n.has("result"));
    }

    /** Waits for the next frame (after the previous match) satisfying {@code p}; frames before it are skipped. */
    JsonNode next(Predicate<JsonNode> p) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        Await.until("a matching frame", WAIT, () -> {
            while (cursor < raw.size()) {
                JsonNode n = parse(raw.get(cursor++));
                if (n != null && p.test(n)) {
                    found.set(n);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    /** Waits for the next push on {@code channel}. */
    JsonNode push(String channel) {
        return next(n -> channel.equals(n.path("channel").asText()) && "update".equals(n.path("event").asText()));
    }

    /** @return every parsed frame received so far */
    List<JsonNode> all() {
        return raw.stream().map(GateioWsClient::parse).filter(n -> n != null).toList();
    }

    static JsonNode parse(String text) {
        try {
            return GateioJson.MAPPER.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    boolean closedOrFailed() {
        return closeCode.get() >= 0 || error.get() != null;
    }

    @Override
    public void close() {
        if (!ws.isOutputClosed()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> null).join();
        }
        ws.abort();
        http.shutdownNow();
    }
}
