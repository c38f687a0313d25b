package io.exwire.archfixtures.bad.core.trading;

/** Fixture signer. */
public final class HmacSigner {
    /**
     * @param payload payload
     * @return a signature
     */
    public String sign(String payload) {
        return Integer.toHexString(payload.hashCode());
    }
}
