package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A REST request the simulated venue refuses, carrying the venue's HTTP status and error body. Thrown inside
 * handlers and rendered by {@link RestIo#handle}.
 */
final class RestRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient JsonNode body;

    RestRejection(int status, JsonNode body) {
        super(body.toString(), null, false, false);
        this.status = status;
        this.body = body;
    }

    /**
     * A spot error {@code {"code":..,"msg":".."}}.
     *
     * @param status the HTTP status
     * @param code the MEXC code
     * @param msg the message
     * @return the rejection
     */
    static RestRejection spot(int status, int code, String msg) {
        return new RestRejection(status, Json.object().put("code", code).put("msg", msg));
    }

    /**
     * A futures error {@code {"success":false,"code":..,"message":".."}} (HTTP 200, as the venue answers).
     *
     * @param code the MEXC code
     * @param message the message
     * @return the rejection
     */
    static RestRejection futures(int code, String message) {
        return new RestRejection(200, Json.object().put("success", false).put("code", code).put("message", message));
    }

    int status() {
        return status;
    }

    JsonNode body() {
        return body;
    }
}
