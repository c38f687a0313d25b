package io.exwire.gateio.wire;

import io.exwire.core.codec.JsonCursor;

/**
 * One pass over the top level of a Gate.io frame: {@code time}, {@code time_ms}, {@code id}, {@code channel},
 * {@code event}, {@code error}, a top-level {@code type} (upgrade notices), a trading-API {@code header}, and the
 * {@code result}, whose decoding it hands to a {@link ResultReader}. Reused per frame; not thread-safe; allocates
 * only for error messages.
 *
 * <p>Field order is not assumed. Gate.io sends {@code channel} and {@code event} before {@code result}, and then
 * the result is decoded in the same pass; when the result comes first (or {@code event} is missing, as in some
 * documented pushes) the result is skipped and {@link #readDeferredResult} decodes it after the control fields are
 * known.
 */
public final class Envelope {

    /** Decodes the {@code result} value of a frame, the cursor positioned on it. */
    @FunctionalInterface
    public interface ResultReader {

        /**
         * Reads (or skips) exactly one value.
         *
         * @param cursor positioned on the result value
         * @param envelope the fields read so far
         */
        void read(JsonCursor cursor, Envelope envelope);
    }

    private final JsonCursor cursor = new JsonCursor();
    private String frame;
    private int channelStart;
    private int channelEnd;
    private int eventStart;
    private int eventEnd;
    private boolean hasId;
    private long id;
    private boolean error;
    private long errorCode;
    private String errorMessage;
    private long timeMillis;
    private boolean upgradeType;
    private boolean tradingReply;
    private boolean deferred;

    /**
     * Scans a frame.
     *
     * @param text the frame
     * @param reader decodes the result when channel and event are known before it
     * @throws io.exwire.api.exception.ProtocolException when the frame is malformed
     */
    public void scan(String text, ResultReader reader) {
        clear(text);
        cursor.reset(text).beginObject();
        while (cursor.nextField()) {
            if (!readMeta() && !readControl()) {
                readBody(reader);
            }
        }
    }

    /**
     * Decodes a result that came before the control fields; does nothing when there was none.
     *
     * @param reader the reader
     */
    public void readDeferredResult(ResultReader reader) {
        if (!deferred) {
            return;
        }
        deferred = false;
        cursor.reset(frame).beginObject();
        while (cursor.nextField()) {
            if (cursor.fieldIs("result")) {
                reader.read(cursor, this);
                return;
            }
            cursor.skipValue();
        }
    }

    private void clear(String text) {
        frame = text;
        channelStart = -1;
        channelEnd = -1;
        eventStart = -1;
        eventEnd = -1;
        hasId = false;
        id = 0;
        error = false;
        errorCode = 0;
        errorMessage = null;
        timeMillis = 0;
        upgradeType = false;
        tradingReply = false;
        deferred = false;
    }

    private boolean readMeta() {
        if (cursor.fieldIs("time_ms")) {
            timeMillis = cursor.readLong();
        } else if (cursor.fieldIs("time")) {
            readSeconds();
        } else if (cursor.fieldIs("id")) {
            readId();
        } else if (cursor.fieldIs("type")) {
            upgradeType = "upgrade".equals(cursor.readString());
        } else {
            return false;
        }
        return true;
    }

    private boolean readControl() {
        if (cursor.fieldIs("channel")) {
            cursor.readStringRange();
            channelStart = cursor.tokenStart();
            channelEnd = cursor.tokenEnd();
        } else if (cursor.fieldIs("event")) {
            cursor.readStringRange();
            eventStart = cursor.tokenStart();
            eventEnd = cursor.tokenEnd();
        } else if (cursor.fieldIs("error")) {
            readError();
        } else if (cursor.fieldIs("header") || cursor.fieldIs("request_id")) {
            tradingReply = true;
            cursor.skipValue();
        } else {
            return false;
        }
        return true;
    }

    private void readBody(ResultReader reader) {
        if (!cursor.fieldIs("result")) {
            cursor.skipValue();
        } else if (channelStart >= 0 && eventStart >= 0 && reader != null) {
            reader.read(cursor, this);
        } else {
            deferred = true;
            cursor.skipValue();
        }
    }

    private void readSeconds() {
        long seconds = cursor.readLong();
        if (timeMillis == 0) {
            timeMillis = seconds * 1000;
        }
    }

    private void readId() {
        if (!cursor.readNullIfPresent()) {
            id = cursor.readLong();
            hasId = true;
        }
    }

    private void readError() {
        if (cursor.readNullIfPresent()) {
            return;
        }
        error = true;
        if (cursor.peek() != JsonCursor.Type.OBJECT) {
            errorMessage = cursor.peek() == JsonCursor.Type.STRING ? cursor.readString() : skipToEmpty();
            return;
        }
        cursor.beginObject();
        while (cursor.nextField()) {
            if (cursor.fieldIs("code")) {
                errorCode = cursor.readLong();
            } else if (cursor.fieldIs("message")) {
                errorMessage = cursor.readString();
            } else {
                cursor.skipValue();
            }
        }
    }

    private String skipToEmpty() {
        cursor.skipValue();
        return "";
    }

    /**
     * @param name a channel name
     * @return whether the frame's channel is {@code name}
     */
    public boolean channelIs(String name) {
        return rangeIs(channelStart, channelEnd, name);
    }

    /**
     * @param suffix e.g. {@code .pong}
     * @return whether the frame's channel ends with {@code suffix}
     */
    public boolean channelEndsWith(String suffix) {
        int len = suffix.length();
        return channelStart >= 0 && channelEnd - channelStart >= len
                && frame.regionMatches(channelEnd - len, suffix, 0, len);
    }

    /**
     * @param name an event name
     * @return whether the frame's event is {@code name}
     */
    public boolean eventIs(String name) {
        return rangeIs(eventStart, eventEnd, name);
    }

    /** @return whether the frame is a subscribe or unsubscribe answer */
    public boolean isSubscriptionAnswer() {
        return eventIs("subscribe") || eventIs("unsubscribe");
    }

    /** @return whether the frame announces a server restart (any of the three documented forms) */
    public boolean isUpgradeNotice() {
        return upgradeType || eventIs("upgrade") || channelEndsWith(".system");
    }

    private boolean rangeIs(int start, int end, String name) {
        return start >= 0 && end - start == name.length() && frame.regionMatches(start, name, 0, name.length());
    }

    /** @return whether a channel field was present */
    public boolean hasChannel() {
        return channelStart >= 0;
    }

    /** @return the channel as a new string (cold paths: errors) */
    public String channel() {
        return channelStart < 0 ? "" : frame.substring(channelStart, channelEnd);
    }

    /** @return whether an {@code id} was present */
    public boolean hasId() {
        return hasId;
    }

    /** @return the echoed request id */
    public long id() {
        return id;
    }

    /** @return whether {@code error} was present and not null */
    public boolean hasError() {
        return error;
    }

    /** @return the venue's error code, or 0 */
    public long errorCode() {
        return errorCode;
    }

    /** @return the venue's error message, or an empty string */
    public String errorMessage() {
        return errorMessage == null ? "" : errorMessage;
    }

    /** @return the frame time in epoch ms ({@code time_ms}, else {@code time} × 1000), or 0 */
    public long timeMillis() {
        return timeMillis;
    }

    /** @return whether this is a websocket trading-API reply ({@code header}/{@code request_id}) */
    public boolean isTradingReply() {
        return tradingReply;
    }

    /** @return whether a result was skipped for {@link #readDeferredResult} */
    public boolean hasDeferredResult() {
        return deferred;
    }
}
