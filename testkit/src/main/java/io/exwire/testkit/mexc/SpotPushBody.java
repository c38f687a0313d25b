package io.exwire.testkit.mexc;

/**
 * One body of the {@code oneof body} of MEXC's {@code PushDataV3ApiWrapper}: knows its wrapper field number and how
 * to write its own fields.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface SpotPushBody permits SpotPublicBodies.AggreDeals, SpotPublicBodies.AggreDepths,
        SpotPublicBodies.LimitDepths, SpotPublicBodies.AggreBookTicker, SpotPublicBodies.MiniTicker,
        SpotPrivateBodies.Order, SpotPrivateBodies.Deal, SpotPrivateBodies.Account, SpotPushBody.Unknown {

    /** @return the field number of this body in {@code PushDataV3ApiWrapper} (301..315) */
    int wrapperField();

    /**
     * Writes this body's own fields (not its wrapper key or length).
     *
     * @param out the destination
     */
    void writeTo(ProtoWriter out);

    /**
     * An opaque body under a field number no client knows (for the unknown-channel fault).
     *
     * @param wrapperField the field number
     * @param content the raw body bytes
     */
    record Unknown(int wrapperField, byte[] content) implements SpotPushBody {
        @Override
        public void writeTo(ProtoWriter out) {
            out.raw(content, 0, content.length);
        }
    }
}
