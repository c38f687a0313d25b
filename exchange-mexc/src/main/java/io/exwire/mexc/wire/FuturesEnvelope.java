package io.exwire.mexc.wire;

import io.exwire.core.codec.JsonCursor;

/**
 * The envelope of one MEXC futures text frame, {@code {"channel":"push.deal","data":...,"symbol":"BTC_USDT","ts":n}},
 * read in one pass with core's allocation-free {@link JsonCursor}. The venue sends {@code data} before
 * {@code symbol} and {@code ts}, so the owner decodes {@code data} into reusable buffers as it is met and completes
 * the event once {@link #parse} returns. A string {@code data} (acks, errors) and a numeric one (pong) are kept as a
 * range or a number. If {@code data} were ever sent before {@code channel}, it is read in a second pass. Reused per
 * connection; not thread-safe.
 */
public final class FuturesEnvelope {

    /** Decodes an object or array {@code data} value for the channel of the envelope. */
    @FunctionalInterface
    public interface DataReader {
        /**
         * @param envelope the envelope, whose channel is known
         * @param cur the cursor, positioned on the data value
         * @return true if the value was consumed, false to have it skipped
         */
        boolean readData(FuturesEnvelope envelope, JsonCursor cur);
    }

    private final JsonCursor cur = new JsonCursor();
    private String text;
    private int channelStart;
    private int channelEnd;
    private int symbolStart;
    private int symbolEnd;
    private int dataStart;
    private int dataEnd;
    private long dataNumber;
    private long ts;
    private boolean deferred;

    /**
     * Reads a frame.
     *
     * @param frame the frame
     * @param reader decodes structured data values
     * @return this
     * @throws io.exwire.api.exception.ProtocolException if the frame is malformed
     */
    public FuturesEnvelope parse(String frame, DataReader reader) {
        text = frame;
        channelStart = channelEnd = symbolStart = symbolEnd = dataStart = dataEnd = 0;
        dataNumber = 0;
        ts = 0;
        deferred = false;
        cur.reset(frame).beginObject();
        while (cur.nextField()) {
            readField(reader);
        }
        if (deferred && hasChannel()) {
            secondPass(reader);
        }
        return this;
    }

    private void readField(DataReader reader) {
        if (cur.fieldIs("channel")) {
            cur.readStringRange();
            channelStart = cur.tokenStart();
            channelEnd = cur.tokenEnd();
        } else if (cur.fieldIs("data")) {
            readData(reader);
        } else if (cur.fieldIs("symbol")) {
            cur.readStringRange();
            symbolStart = cur.tokenStart();
            symbolEnd = cur.tokenEnd();
        } else if (cur.fieldIs("ts")) {
            ts = cur.readNullIfPresent() ? 0 : cur.readLong();
        } else {
            cur.skipValue();
        }
    }

    private void readData(DataReader reader) {
        JsonCursor.Type type = cur.peek();
        if (type == JsonCursor.Type.STRING) {
            cur.readStringRange();
            dataStart = cur.tokenStart();
            dataEnd = cur.tokenEnd();
        } else if (type == JsonCursor.Type.NUMBER) {
            dataNumber = cur.readLong();
        } else if (!hasChannel()) {
            deferred = true;
            cur.skipValue();
        } else if (!reader.readData(this, cur)) {
            cur.skipValue();
        }
    }

    private void secondPass(DataReader reader) {
        cur.reset(text).beginObject();
        while (cur.nextField()) {
            if (cur.fieldIs("data")) {
                if (!reader.readData(this, cur)) {
                    cur.skipValue();
                }
                return;
            }
            cur.skipValue();
        }
    }

    /** @return whether the frame named a channel */
    public boolean hasChannel() {
        return channelEnd > channelStart;
    }

    /**
     * @param name a channel name
     * @return whether the frame's channel is {@code name}
     */
    public boolean channelIs(String name) {
        int len = channelEnd - channelStart;
        return len == name.length() && text.regionMatches(channelStart, name, 0, len);
    }

    /**
     * @param prefix a channel prefix such as {@code rs.sub.}
     * @return whether the frame's channel starts with it
     */
    public boolean channelStartsWith(String prefix) {
        return channelEnd - channelStart >= prefix.length() && text.startsWith(prefix, channelStart);
    }

    /** @return the channel as a new string (control paths only) */
    public String channel() {
        return text.substring(channelStart, channelEnd);
    }

    /** @return the frame */
    public String text() {
        return text;
    }

    /** @return whether the frame carried a symbol */
    public boolean hasSymbol() {
        return symbolEnd > symbolStart;
    }

    /** @return first index of the symbol in {@link #text()} */
    public int symbolStart() {
        return symbolStart;
    }

    /** @return index after the symbol */
    public int symbolEnd() {
        return symbolEnd;
    }

    /** @return the envelope's {@code ts} in epoch ms, or 0 */
    public long ts() {
        return ts;
    }

    /** @return a string {@code data} as a new string (acks and errors), or an empty string */
    public String dataText() {
        return text.substring(dataStart, dataEnd);
    }

    /**
     * @param value a value
     * @return whether {@code data} is the string {@code value}
     */
    public boolean dataIs(String value) {
        int len = dataEnd - dataStart;
        return len == value.length() && text.regionMatches(dataStart, value, 0, len);
    }

    /** @return a numeric {@code data} (pong: server time), or 0 */
    public long dataNumber() {
        return dataNumber;
    }
}
