package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.MarketType;

import java.io.IOException;
import java.util.List;

import static io.exwire.testkit.gateio.GateioEnvelopes.AUTH_FAILED;
import static io.exwire.testkit.gateio.GateioEnvelopes.INVALID_ARGUMENT;
import static io.exwire.testkit.gateio.GateioEnvelopes.INVALID_REQUEST;
import static io.exwire.testkit.gateio.GateioEnvelopes.SERVER_ERROR;

/**
 * Handles client requests: {@code <prefix>.ping}, {@code subscribe} and {@code unsubscribe}, with Gate.io's error
 * codes (1 bad body, 2 bad argument, 3 server error, 4 authentication failed) and per-request signature checks for
 * private channels. Thread-safe.
 */
final class GateioRequestHandler {

    private final GateioSimulator simulator;
    private final GateioPayloads payloads;
    private final String prefix;

    GateioRequestHandler(GateioSimulator simulator, GateioPayloads payloads) {
        this.simulator = simulator;
        this.payloads = payloads;
        this.prefix = simulator.market() == MarketType.SPOT ? "spot" : "futures";
    }

    void handle(GateioConnection c, String text) {
        long now = simulator.nowMillis();
        JsonNode req = parse(text);
        if (req == null || !req.isObject()) {
            c.send(GateioJson.write(GateioEnvelopes.badRequest(c.connId(), now, "invalid request body")));
            return;
        }
        String channel = req.path("channel").asText("");
        if (channel.equals(prefix + ".ping")) {
            c.send(GateioJson.write(GateioEnvelopes.pong(req, prefix, c.connId(), now)));
            return;
        }
        try {
            process(c, req, channel);
        } catch (GateioRequestException e) {
            c.send(GateioJson.write(GateioEnvelopes.reply(req, c.connId(), now, e.code(), e.getMessage())));
        }
    }

    private void process(GateioConnection c, JsonNode req, String channel) {
        String event = req.path("event").asText("");
        boolean subscribe = "subscribe".equals(event);
        if (!subscribe && !"unsubscribe".equals(event)) {
            throw new GateioRequestException(INVALID_REQUEST, "invalid request body: unsupported event '" + event + "'");
        }
        if (!req.path("time").isIntegralNumber()) {
            throw new GateioRequestException(INVALID_REQUEST, "invalid request body: time must be integer seconds");
        }
        GateioChannels.Kind kind = GateioChannels.kind(simulator.market(), channel);
        if (kind == null) {
            throw new GateioRequestException(INVALID_ARGUMENT, "unknown channel " + channel);
        }
        String userId = kind.isPrivate() ? authenticate(req, channel, event) : "";
        List<GateioTopic> topics = payloads.parse(kind, channel, req.get("payload"), userId);
        if (subscribe && kind == GateioChannels.Kind.OBU) {
            rejectDuplicateStreams(c, topics);
        }
        if (subscribe && simulator.faultState().takeReject()) {
            throw new GateioRequestException(SERVER_ERROR, "server error: subscription refused, try again later");
        }
        if (subscribe) {
            simulator.subscribe(c, req, topics);
        } else {
            topics.forEach(t -> c.subscriptions().remove(t.channel(), t.name()));
            c.send(GateioJson.write(GateioEnvelopes.reply(req, c.connId(), simulator.nowMillis(), 0, "")));
        }
    }

    private static void rejectDuplicateStreams(GateioConnection c, List<GateioTopic> topics) {
        for (GateioTopic t : topics) {
            if (c.subscriptions().has(t.channel(), t.name())) {
                throw new GateioRequestException(INVALID_ARGUMENT, "Alert sub " + t.name());
            }
        }
    }

    private String authenticate(JsonNode req, String channel, String event) {
        JsonNode auth = req.path("auth");
        if (!"api_key".equals(auth.path("method").asText())) {
            throw new GateioRequestException(AUTH_FAILED, GateioCredentials.INVALID_KEY.json());
        }
        long time = req.path("time").asLong();
        try {
            return simulator.credentials().verify(auth.path("KEY").asText(null), auth.path("SIGN").asText(null), time,
                    simulator.nowMillis(), secret -> GateioSigner.signWebsocket(secret, channel, event, time)).userId();
        } catch (GateioCredentials.VerificationException e) {
            throw new GateioRequestException(AUTH_FAILED, e.failure().json());
        }
    }

    private static JsonNode parse(String text) {
        try {
            return GateioJson.MAPPER.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
