package io.exwire.gateio.wire;

import java.util.List;

/**
 * Encodes Gate.io websocket requests: {@code {"time":<seconds>,"id":<id>,"channel":"...","event":"...",
 * "payload":[...],"auth":{"method":"api_key","KEY":"...","SIGN":"..."}}}. Pings carry neither event nor payload.
 * Requests are rare (control path), so plain {@link StringBuilder}s are used.
 */
public final class RequestWriter {

    private RequestWriter() {
    }

    /**
     * Encodes a subscribe or unsubscribe request.
     *
     * @param timeSeconds the request time in epoch seconds (also the signed time of private requests)
     * @param id the request id, positive 32-bit
     * @param channel the channel
     * @param event {@code subscribe} or {@code unsubscribe}
     * @param payload the payload strings, or null for none
     * @param apiKey the API key of a signed request, or null
     * @param signature the signature of a signed request, or null
     * @return the frame
     */
    public static String request(long timeSeconds, int id, String channel, String event, List<String> payload,
                                 String apiKey, String signature) {
        StringBuilder sb = head(timeSeconds, id, channel);
        sb.append(",\"event\":");
        JsonStrings.quote(sb, event);
        if (payload != null) {
            appendPayload(sb, payload);
        }
        if (apiKey != null) {
            sb.append(",\"auth\":{\"method\":\"api_key\",\"KEY\":");
            JsonStrings.quote(sb, apiKey).append(",\"SIGN\":");
            JsonStrings.quote(sb, signature).append('}');
        }
        return sb.append('}').toString();
    }

    /**
     * Encodes an app-level ping ({@code spot.ping} / {@code futures.ping}).
     *
     * @param timeSeconds epoch seconds
     * @param id a request id
     * @param channel the ping channel
     * @return the frame
     */
    public static String ping(long timeSeconds, int id, String channel) {
        return head(timeSeconds, id, channel).append('}').toString();
    }

    private static StringBuilder head(long timeSeconds, int id, String channel) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("{\"time\":").append(timeSeconds).append(",\"id\":").append(id).append(",\"channel\":");
        return JsonStrings.quote(sb, channel);
    }

    private static void appendPayload(StringBuilder sb, List<String> payload) {
        sb.append(",\"payload\":[");
        for (int i = 0; i < payload.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            JsonStrings.quote(sb, payload.get(i));
        }
        sb.append(']');
    }
}
