package io.exwire.gateio.trading;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class GateioSignerTest {

    private final GateioSigner signer = new GateioSigner("test-secret");

    @Test
    @DisplayName("websocket subscribe signature matches the reference vector of the protocol notes")
    void websocketReferenceVector() {
        assertThat(signer.websocket("spot.orders", "subscribe", 1700000000L)).isEqualTo(
                "48c67de39ba434f1c9dc1e664cb9e13b32b42f10356e65405b79ee975e5c1fdecd7277bc4b7603bc67ff8d4f099362ac"
                        + "4313b90e176d749e5c79d721ebaa96e6");
    }

    @Test
    @DisplayName("REST signature of a POST with body (vector computed independently with Python hmac)")
    void restPostVector() {
        String body = "{\"text\":\"t-abc\",\"currency_pair\":\"BTC_USDT\",\"type\":\"limit\",\"account\":\"spot\","
                + "\"side\":\"buy\",\"amount\":\"0.001\",\"price\":\"65000\",\"time_in_force\":\"gtc\"}";
        assertThat(signer.rest("POST", "/api/v4/spot/orders", "", body, 1700000000L)).isEqualTo(
                "3d4ad2b6902d2ccd51c476cfd215faa7064d5c0bb2f2fa38640f5656eeb276a12142b9c45c22e67719cae8007c2844feb"
                        + "846acc838ad37c9b190b67984c8e838");
    }

    @Test
    @DisplayName("REST signature of a GET with query and empty body (SHA-512 of the empty string)")
    void restGetVector() {
        assertThat(signer.rest("GET", "/api/v4/spot/orders", "currency_pair=BTC_USDT&status=open", "", 1700000000L))
                .isEqualTo("44413a9e4dc9bce134c21bdb050b96afd49b76b7430df5caa16d464673861bb59737835cbc694e603b2090a0e"
                        + "3020ebfd840f5276f3bf7ace2f41f3c89f35e44");
    }

    @Test
    @DisplayName("the signer never prints its secret")
    void redacted() {
        assertThat(signer.toString()).doesNotContain("test-secret").contains("REDACTED");
    }
}
