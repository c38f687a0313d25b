package io.exwire.mexc.wire;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.rest.RestRequest;
import io.exwire.core.rest.RestResponse;
import io.exwire.core.rest.RestTransport;

import java.time.Duration;
import java.util.function.Function;

/**
 * Sending MEXC REST requests through core's {@link RestTransport} and turning error bodies into exceptions
 * ({@link MexcErrors}). Spot success bodies are the entity itself; futures bodies are wrapped in
 * {@code {"success":true,"code":0,"data":...}} (some public endpoints answer the bare entity, which
 * {@link #futuresData} accepts too). Stateless.
 */
public final class MexcRest {

    private static final int CODE = 0;
    private static final int MSG = 1;
    private static final int MESSAGE = 2;
    private static final int SUCCESS = 3;

    private MexcRest() {
    }

    /**
     * Sends a spot request.
     *
     * @param transport the transport
     * @param request the request
     * @return the body of a 2xx answer
     * @throws ExwireException mapped from the venue's error body
     */
    public static String spot(RestTransport transport, RestRequest request) {
        RestResponse response = transport.send(request);
        if (response.isSuccess()) {
            return response.body();
        }
        JsonFields error = errorFields(response.body());
        String msg = error == null ? "HTTP " + response.status() : error.string(MSG);
        long code = error == null ? 0 : error.longValue(CODE, 0);
        Duration retryAfter = response.header("retry-after").map(MexcRest::seconds).orElse(null);
        throw MexcErrors.spot(describe(request), response.status(), code, msg, retryAfter);
    }

    /**
     * Sends a futures request.
     *
     * @param transport the transport
     * @param request the request
     * @return the body of a successful answer ({@code success} not false and {@code code} 0 or absent)
     * @throws ExwireException mapped from the venue's error body
     */
    public static String futures(RestTransport transport, RestRequest request) {
        RestResponse response = transport.send(request);
        JsonFields reply = errorFields(response.body());
        boolean failed = reply == null ? !response.isSuccess()
                : !reply.bool(SUCCESS, true) || reply.longValue(CODE, 0) != 0 || !response.isSuccess();
        if (!failed) {
            return response.body();
        }
        String message = reply == null ? "HTTP " + response.status()
                : reply.has(MESSAGE) ? reply.string(MESSAGE) : reply.string(MSG);
        long code = reply == null ? 0 : reply.longValue(CODE, 0);
        throw MexcErrors.futures(describe(request), response.status(), code, message);
    }

    /**
     * Reads the {@code data} member of a futures body, or the whole body when it is not wrapped.
     *
     * @param body the body
     * @param reader reads the value the cursor is positioned on
     * @param <T> the result type
     * @return what the reader returned
     */
    public static <T> T futuresData(String body, Function<JsonCursor, T> reader) {
        JsonCursor cur = new JsonCursor().reset(body);
        if (cur.peek() == JsonCursor.Type.OBJECT) {
            cur.beginObject();
            while (cur.nextField()) {
                if (cur.fieldIs("data")) {
                    return reader.apply(cur);
                }
                cur.skipValue();
            }
        }
        return reader.apply(new JsonCursor().reset(body));
    }

    /**
     * @param request a request
     * @return its method and path, without the query (which may hold a signature)
     */
    public static String describe(RestRequest request) {
        return request.method() + " " + request.path();
    }

    private static JsonFields errorFields(String body) {
        if (body == null || body.isBlank() || body.trim().charAt(0) != '{') {
            return null;
        }
        try {
            return new JsonFields("code", "msg", "message", "success").read(new JsonCursor().reset(body));
        } catch (ProtocolException e) {
            return null;
        }
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }
}
