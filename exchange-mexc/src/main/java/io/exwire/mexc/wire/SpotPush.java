package io.exwire.mexc.wire;

import java.nio.ByteBuffer;

/**
 * The envelope of one MEXC spot binary frame, a serialized {@code PushDataV3ApiWrapper} (see
 * {@code src/main/proto/PushDataV3ApiWrapper.proto}): channel (1), symbol (3), symbolId (4), createTime (5),
 * sendTime (6) and the {@code body} oneof (fields 301..315), read in one pass in any order. The body is left as a
 * byte range for the channel's decoder. Frames are not length-prefixed: one websocket message is one wrapper.
 * Allocation-free after warm-up (a direct buffer is copied into a reused scratch array). Reused; not thread-safe.
 */
public final class SpotPush {

    /** Body field: {@code PublicLimitDepthsV3Api}. */
    public static final int PUBLIC_LIMIT_DEPTHS = 303;
    /** Body field: {@code PrivateOrdersV3Api}. */
    public static final int PRIVATE_ORDERS = 304;
    /** Body field: {@code PrivateDealsV3Api}. */
    public static final int PRIVATE_DEALS = 306;
    /** Body field: {@code PrivateAccountV3Api}. */
    public static final int PRIVATE_ACCOUNT = 307;
    /** Body field: {@code PublicMiniTickerV3Api}. */
    public static final int PUBLIC_MINI_TICKER = 309;
    /** Body field: {@code PublicAggreDepthsV3Api}. */
    public static final int PUBLIC_AGGRE_DEPTHS = 313;
    /** Body field: {@code PublicAggreDealsV3Api}. */
    public static final int PUBLIC_AGGRE_DEALS = 314;
    /** Body field: {@code PublicAggreBookTickerV3Api}. */
    public static final int PUBLIC_AGGRE_BOOK_TICKER = 315;

    private static final int FIRST_BODY_FIELD = 301;

    private final ProtoReader reader = new ProtoReader();
    private byte[] scratch = new byte[8192];
    private byte[] buf;
    private int channelStart;
    private int channelEnd;
    private int symbolStart;
    private int symbolEnd;
    private long sendTime;
    private long createTime;
    private int body;
    private int bodyStart;
    private int bodyEnd;

    /**
     * Reads a frame's envelope.
     *
     * @param frame the binary frame, from its position to its limit; not modified
     * @return this
     * @throws io.exwire.api.exception.ProtocolException if the frame is not a wrapper
     */
    public SpotPush parse(ByteBuffer frame) {
        int length = frame.remaining();
        int offset;
        if (frame.hasArray()) {
            buf = frame.array();
            offset = frame.arrayOffset() + frame.position();
        } else {
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, scratch.length * 2)];
            }
            frame.get(frame.position(), scratch, 0, length);
            buf = scratch;
            offset = 0;
        }
        return parse(buf, offset, offset + length);
    }

    /**
     * Reads an envelope from a byte range.
     *
     * @param bytes the buffer
     * @param offset first byte
     * @param end index after the last byte
     * @return this
     */
    public SpotPush parse(byte[] bytes, int offset, int end) {
        buf = bytes;
        channelStart = channelEnd = symbolStart = symbolEnd = 0;
        sendTime = createTime = 0;
        body = 0;
        reader.reset(bytes, offset, end);
        while (reader.nextField()) {
            readField();
        }
        return this;
    }

    private void readField() {
        int field = reader.fieldNumber();
        if (reader.wireType() != ProtoReader.LEN) {
            readScalar(field);
            return;
        }
        reader.readBytes();
        if (field == 1) {
            channelStart = reader.valueStart();
            channelEnd = reader.valueEnd();
        } else if (field == 3) {
            symbolStart = reader.valueStart();
            symbolEnd = reader.valueEnd();
        } else if (field >= FIRST_BODY_FIELD) {
            body = field;
            bodyStart = reader.valueStart();
            bodyEnd = reader.valueEnd();
        }
    }

    private void readScalar(int field) {
        if (reader.is(5, ProtoReader.VARINT)) {
            createTime = reader.readVarint();
        } else if (reader.is(6, ProtoReader.VARINT)) {
            sendTime = reader.readVarint();
        } else {
            reader.skipField();
        }
    }

    /** @return the buffer the ranges refer to */
    public byte[] buffer() {
        return buf;
    }

    /** @return the body's field number (e.g. {@link #PUBLIC_AGGRE_DEALS}), or 0 when the frame has none */
    public int body() {
        return body;
    }

    /** @return first byte of the body message */
    public int bodyStart() {
        return bodyStart;
    }

    /** @return index after the body message */
    public int bodyEnd() {
        return bodyEnd;
    }

    /** @return whether the wrapper carried a symbol (field 3) */
    public boolean hasSymbol() {
        return symbolEnd > symbolStart;
    }

    /** @return first byte of the symbol */
    public int symbolStart() {
        return symbolStart;
    }

    /** @return index after the symbol */
    public int symbolEnd() {
        return symbolEnd;
    }

    /** @return first byte of the channel */
    public int channelStart() {
        return channelStart;
    }

    /** @return index after the channel */
    public int channelEnd() {
        return channelEnd;
    }

    /**
     * Takes the symbol from the channel string when the wrapper has no symbol field: the {@code n}-th
     * {@code @}-separated segment from the end ({@code 0} for {@code ...@100ms@BTCUSDT}, {@code 1} for
     * {@code ...@BTCUSDT@24H}).
     *
     * @param fromEnd segments to skip from the end
     * @return whether a non-empty segment was found
     */
    public boolean symbolFromChannel(int fromEnd) {
        int end = channelEnd;
        int skipped = 0;
        for (int i = channelEnd - 1; i >= channelStart; i--) {
            if (buf[i] != '@') {
                continue;
            }
            if (skipped == fromEnd) {
                symbolStart = i + 1;
                symbolEnd = end;
                return symbolEnd > symbolStart;
            }
            skipped++;
            end = i;
        }
        return false;
    }

    /** @return the venue's send time, else its creation time, in epoch ms; 0 when neither was sent */
    public long timestamp() {
        return sendTime != 0 ? sendTime : createTime;
    }
}
