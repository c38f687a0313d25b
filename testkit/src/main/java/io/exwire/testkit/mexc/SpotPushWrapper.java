package io.exwire.testkit.mexc;

/**
 * Encodes MEXC's {@code PushDataV3ApiWrapper}: the one message every spot binary WebSocket frame carries, not
 * length-delimited. Header fields are written first (1, 3, 4, 5, 6, as captured frames order them), then the body
 * under its {@code oneof} field number.
 *
 * <p>Stateless and thread-safe.
 *
 * @param channel field 1, the full channel string
 * @param symbol field 3 (optional), or null when absent (account pushes)
 * @param symbolId field 4 (optional), or null
 * @param createTime field 5 (optional), or null
 * @param sendTime field 6 (optional), or null
 */
public record SpotPushWrapper(String channel, String symbol, String symbolId, Long createTime, Long sendTime) {

    /** Field number of {@code channel}. */
    public static final int CHANNEL = 1;
    /** Field number of {@code symbol}. */
    public static final int SYMBOL = 3;
    /** Field number of {@code symbolId}. */
    public static final int SYMBOL_ID = 4;
    /** Field number of {@code createTime}. */
    public static final int CREATE_TIME = 5;
    /** Field number of {@code sendTime}. */
    public static final int SEND_TIME = 6;

    /**
     * A public-market header: channel, symbol and send time.
     *
     * @param channel the channel
     * @param symbol the venue symbol, e.g. {@code BTCUSDT}
     * @param sendTime the push time in epoch ms
     * @return the header
     */
    public static SpotPushWrapper market(String channel, String symbol, long sendTime) {
        return new SpotPushWrapper(channel, symbol, null, null, sendTime);
    }

    /**
     * Encodes this header with a body into one frame.
     *
     * @param body the body
     * @return the serialized wrapper
     */
    public byte[] encode(SpotPushBody body) {
        ProtoWriter nested = new ProtoWriter(128);
        body.writeTo(nested);
        ProtoWriter out = new ProtoWriter(nested.size() + 96);
        out.string(CHANNEL, channel)
                .optionalString(SYMBOL, symbol)
                .optionalString(SYMBOL_ID, symbolId)
                .optionalInt64(CREATE_TIME, createTime)
                .optionalInt64(SEND_TIME, sendTime)
                .message(body.wrapperField(), nested);
        return out.toByteArray();
    }
}
