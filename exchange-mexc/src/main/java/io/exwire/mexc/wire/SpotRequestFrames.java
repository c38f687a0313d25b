package io.exwire.mexc.wire;

import java.util.List;

/**
 * Encodes MEXC spot requests: {@code {"method":"SUBSCRIPTION","params":["<channel>",..],"id":n}} (or
 * {@code UNSUBSCRIPTION}) and the app-level ping {@code {"method":"PING"}} (upper case, as the documentation
 * specifies). Channel strings are ASCII without quotes or backslashes, so no escaping is needed. Stateless.
 */
public final class SpotRequestFrames {

    /** The app-level ping; the venue answers {@code {"id":0,"code":0,"msg":"PONG"}}. */
    public static final String PING = "{\"method\":\"PING\"}";

    private SpotRequestFrames() {
    }

    /**
     * @param method {@code SUBSCRIPTION} or {@code UNSUBSCRIPTION}
     * @param params the channel strings
     * @param id the request id the venue echoes
     * @return the text frame
     */
    public static String request(String method, List<String> params, int id) {
        StringBuilder sb = new StringBuilder(48 + params.size() * 56);
        sb.append("{\"method\":\"").append(method).append("\",\"params\":[");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"').append(params.get(i)).append('"');
        }
        return sb.append("],\"id\":").append(id).append('}').toString();
    }
}
