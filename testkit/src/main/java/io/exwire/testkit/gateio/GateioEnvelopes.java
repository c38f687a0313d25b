package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds Gate.io WebSocket envelopes: subscribe/unsubscribe acknowledgements, errors, pushes ({@code time} in
 * seconds and {@code time_ms}), pongs and the upgrade notice. Stateless and thread-safe.
 */
public final class GateioEnvelopes {

    /** Code 1: invalid request body / argument struct. */
    public static final int INVALID_REQUEST = 1;
    /** Code 2: invalid argument (unknown symbol, unknown channel, duplicate obu stream...). */
    public static final int INVALID_ARGUMENT = 2;
    /** Code 3: server error. */
    public static final int SERVER_ERROR = 3;
    /** Code 4: authentication failed. */
    public static final int AUTH_FAILED = 4;

    private GateioEnvelopes() {
    }

    /**
     * The reply to a subscribe or unsubscribe.
     *
     * @param request the request
     * @param connId the connection id
     * @param nowMillis the time
     * @param errorCode 0 for success, else the error code
     * @param message the error message (ignored on success)
     * @return the reply
     */
    public static ObjectNode reply(JsonNode request, String connId, long nowMillis, int errorCode, String message) {
        ObjectNode out = header(nowMillis);
        if (request.hasNonNull("id")) {
            out.set("id", request.get("id"));
        }
        out.put("conn_id", connId);
        out.put("trace_id", Long.toHexString(nowMillis * 31 + connId.hashCode()));
        out.put("channel", request.path("channel").asText(""));
        out.put("event", request.path("event").asText(""));
        if (request.has("payload")) {
            out.set("payload", request.get("payload"));
        }
        if (errorCode == 0) {
            out.putNull("error");
            out.putObject("result").put("status", "success");
        } else {
            out.putObject("error").put("code", errorCode).put("message", message);
            out.putObject("result").put("status", "fail");
        }
        return out;
    }

    /**
     * The reply to a request that could not be parsed at all.
     *
     * @param connId the connection id
     * @param nowMillis the time
     * @param message the message
     * @return the reply
     */
    public static ObjectNode badRequest(String connId, long nowMillis, String message) {
        ObjectNode out = header(nowMillis);
        out.put("conn_id", connId);
        out.put("channel", "");
        out.put("event", "");
        out.putObject("error").put("code", INVALID_REQUEST).put("message", message);
        out.putObject("result").put("status", "fail");
        return out;
    }

    /**
     * The reply to {@code spot.ping}/{@code futures.ping}.
     *
     * @param request the ping
     * @param prefix {@code spot} or {@code futures}
     * @param connId the connection id
     * @param nowMillis the time
     * @return the pong
     */
    public static ObjectNode pong(JsonNode request, String prefix, String connId, long nowMillis) {
        ObjectNode out = header(nowMillis);
        if (request.hasNonNull("id")) {
            out.set("id", request.get("id"));
        }
        out.put("conn_id", connId);
        out.put("channel", prefix + ".pong");
        out.put("event", "");
        out.putNull("error");
        out.putNull("result");
        return out;
    }

    /**
     * A data push.
     *
     * @param channel the channel
     * @param nowMillis the time
     * @param result the result object or array
     * @return the push
     */
    public static ObjectNode push(String channel, long nowMillis, JsonNode result) {
        ObjectNode out = header(nowMillis);
        out.put("channel", channel);
        out.put("event", "update");
        out.set("result", result);
        return out;
    }

    /**
     * The service-upgrade notice, carrying all three documented forms at once: {@code channel <prefix>.system},
     * {@code event "upgrade"} and {@code result.type "upgrade"}.
     *
     * @param prefix {@code spot} or {@code futures}
     * @param nowMillis the time
     * @return the notice
     */
    public static ObjectNode upgrade(String prefix, long nowMillis) {
        ObjectNode out = header(nowMillis);
        out.put("channel", prefix + ".system");
        out.put("event", "upgrade");
        ObjectNode result = out.putObject("result");
        result.put("type", "upgrade");
        result.put("msg", "The service will be upgraded soon, please reconnect");
        result.putObject("data").put("upgrade_time", nowMillis / 1000 + 5);
        return out;
    }

    private static ObjectNode header(long nowMillis) {
        ObjectNode out = GateioJson.object();
        out.put("time", nowMillis / 1000);
        out.put("time_ms", nowMillis);
        return out;
    }
}
