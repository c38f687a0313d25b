package io.exwire.testkit.mexc;

import java.util.List;

/**
 * The spot WebSocket's JSON text replies, {@code {"id":n,"code":0,"msg":"..."}}, exactly as MEXC words them.
 * Stateless and thread-safe.
 */
final class SpotAcks {

    /** The refusal suffix: two spaces, "Reason", a FULL-WIDTH colon (U+FF1A), " Blocked! " with a trailing space. */
    static final String BLOCKED_REASON = "  Reason\uFF1A Blocked! ";

    /** The refusal suffix of the mixed ack, as observed: one space before "Reason". */
    static final String MIXED_REASON = " Reason\uFF1A Blocked! ";

    /** The plain-text frame a private connection with a bad or expired listenKey receives. */
    static final String INVALID_LISTEN_KEY = "Invalid listen key";

    private SpotAcks() {
    }

    static String pong() {
        return reply(0, "PONG");
    }

    /**
     * The answer to a (un)subscription.
     *
     * @param id the request id (0 when absent)
     * @param accepted the params accepted, in request order
     * @param refused the params refused, in request order
     * @return the reply
     */
    static String subscription(long id, List<String> accepted, List<String> refused) {
        if (refused.isEmpty()) {
            return reply(id, String.join(",", accepted));
        }
        String refusedList = "Not Subscribed successfully! [" + String.join(",", refused) + "].";
        if (accepted.isEmpty()) {
            return reply(id, refusedList + BLOCKED_REASON);
        }
        return reply(id, "Subscribed successful! [" + String.join(",", accepted) + "]. " + refusedList
                + MIXED_REASON);
    }

    static String reply(long id, String msg) {
        return Json.write(Json.object().put("id", id).put("code", 0).put("msg", msg));
    }
}
