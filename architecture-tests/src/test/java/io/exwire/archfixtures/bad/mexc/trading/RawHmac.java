package io.exwire.archfixtures.bad.mexc.trading;

import javax.crypto.Mac;
import java.security.GeneralSecurityException;

/** Breaks venuesDependOnlyOnApprovedLayers: a venue doing its own crypto instead of using core's signer. */
public final class RawHmac {
    /**
     * @return a MAC
     * @throws GeneralSecurityException never
     */
    public Mac mac() throws GeneralSecurityException {
        return Mac.getInstance("HmacSHA256");
    }
}
