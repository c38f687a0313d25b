package io.exwire.mexc.wire;

import io.exwire.core.codec.JsonCursor;

/**
 * One MEXC spot text frame: every control answer is JSON {@code {"id":n,"code":n,"msg":"..."}} (subscription acks,
 * refusals, {@code PONG}); a bad listen key is answered with the plain text {@code Invalid listen key} (also
 * recognised as a JSON {@code msg}). Reused per connection; not thread-safe.
 */
public final class SpotControlFrame {

    /** What a text frame is. */
    public enum Kind {
        /** {@code "msg":"PONG"}. */
        PONG,
        /** An answer to a SUBSCRIPTION or UNSUBSCRIPTION request (success or refusal). */
        ACK,
        /** The plain-text {@code Invalid listen key} answer on a private connection. */
        INVALID_LISTEN_KEY,
        /** Anything else. */
        UNKNOWN
    }

    private final JsonCursor cur = new JsonCursor();
    private Kind kind;
    private int id;
    private int code;
    private String msg;

    /**
     * Parses a text frame.
     *
     * @param frame the frame
     * @return this
     * @throws io.exwire.api.exception.ProtocolException if the frame starts like JSON but is malformed
     */
    public SpotControlFrame parse(String frame) {
        id = 0;
        code = 0;
        msg = null;
        if (!looksLikeJson(frame)) {
            kind = frame.contains("Invalid listen key") ? Kind.INVALID_LISTEN_KEY : Kind.UNKNOWN;
            return this;
        }
        cur.reset(frame).beginObject();
        while (cur.nextField()) {
            readField();
        }
        kind = classify();
        return this;
    }

    private void readField() {
        if (cur.fieldIs("id")) {
            id = cur.readNullIfPresent() ? 0 : (int) cur.readLong();
        } else if (cur.fieldIs("code")) {
            code = cur.readNullIfPresent() ? 0 : (int) cur.readLong();
        } else if (cur.fieldIs("msg")) {
            msg = cur.readString();
        } else {
            cur.skipValue();
        }
    }

    private Kind classify() {
        if (msg == null) {
            return Kind.UNKNOWN;
        }
        if (msg.contains("Invalid listen key")) {
            return Kind.INVALID_LISTEN_KEY;
        }
        return "PONG".equals(msg) ? Kind.PONG : Kind.ACK;
    }

    private static boolean looksLikeJson(String frame) {
        for (int i = 0; i < frame.length(); i++) {
            char c = frame.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
    }

    /** @return the kind */
    public Kind kind() {
        return kind;
    }

    /** @return the echoed request id (0 when the request had none) */
    public int id() {
        return id;
    }

    /** @return the venue code (0 for success and, confusingly, for "Blocked" refusals too) */
    public int code() {
        return code;
    }

    /** @return the message text, or null */
    public String msg() {
        return msg;
    }
}
