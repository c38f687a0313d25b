package io.exwire.archfixtures.bad.gateio.marketdata;

import io.exwire.archfixtures.bad.gateio.wire.WireSigner;

/** Breaks publicSideNeverReachesSecrets only: the signer lives in a neutral package. */
public final class SignedSnapshotDecoder {
    private final WireSigner signer = new WireSigner();

    /**
     * @param frame frame
     * @return a signature
     */
    public String decode(String frame) {
        return signer.sign(frame);
    }
}
