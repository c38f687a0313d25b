package io.exwire.testkit.gateio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class GateioSignerTest {

    @Test
    void websocketSignatureMatchesTheReferenceVectorOfTheProtocolNotes() {
        assertThat(GateioSigner.signWebsocket("test-secret", "spot.orders", "subscribe", 1700000000L)).isEqualTo(
                "48c67de39ba434f1c9dc1e664cb9e13b32b42f10356e65405b79ee975e5c1fdecd7277bc4b7603bc67ff8d4f099362ac"
                        + "4313b90e176d749e5c79d721ebaa96e6");
    }

    @Test
    void hmacMatchesTheLoginReferenceVector() {
        assertThat(GateioSigner.hmacSha512Hex("test-secret", "api\nfutures.login\n\n1700000000")).isEqualTo(
                "b696cb97659162fe0b73a847b6a5e9b29a075f6e13317eb17314476a392062d279ca43d5ca33d18aceb2ce1043e89203"
                        + "d88ab10b5477108b052b8a659beaad55");
    }

    @Test
    void restSignatureHashesTheBodyAndUsesTheDocumentedLayout() {
        String body = "{\"currency_pair\":\"BTC_USDT\"}";
        String expected = GateioSigner.hmacSha512Hex("s", "POST\n/api/v4/spot/orders\na=1\n"
                + GateioSigner.sha512Hex(body) + "\n1700000000");
        assertThat(GateioSigner.signRest("s", "POST", "/api/v4/spot/orders", "a=1", body, 1700000000L)).isEqualTo(expected);
        assertThat(GateioSigner.sha512Hex("")).startsWith("cf83e1357eefb8bd");
        assertThat(GateioSigner.matches(expected, expected.toUpperCase())).isTrue();
        assertThat(GateioSigner.matches(expected, null)).isFalse();
    }
}
