package io.exwire.archfixtures.bad.gateio.wire;

/** A signer in a neutral package: allowed here, but unreachable from market data. */
public final class WireSigner {
    /**
     * @param payload payload
     * @return a signature
     */
    public String sign(String payload) {
        return payload;
    }
}
