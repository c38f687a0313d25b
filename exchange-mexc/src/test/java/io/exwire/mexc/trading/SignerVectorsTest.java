package io.exwire.mexc.trading;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class SignerVectorsTest {

    static final String DOC_SECRET = "45d0b3c26f2644f19bfb98b07741b2f5";

    @Test
    @DisplayName("spot: the documentation's vector (Example 2; Example 1 prints a wrong value for the same input)")
    void spotDocumentationVector() {
        SpotSigner signer = new SpotSigner(DOC_SECRET);
        assertThat(signer.sign("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=11&recvWindow=5000"
                + "&timestamp=1644489390087", ""))
                .isEqualTo("fd3e4e8543c5188531eb7279d68ae7d26a573d0fc5ab0d18eb692451654d837a");
    }

    @Test
    @DisplayName("spot: query and body are concatenated without '&' (Example 3)")
    void spotMixedQueryAndBody() {
        SpotSigner signer = new SpotSigner(DOC_SECRET);
        assertThat(signer.sign("symbol=BTCUSDT&side=BUY&type=LIMIT", "quantity=1&price=11&recvWindow=5000"
                + "&timestamp=1644489390087"))
                .isEqualTo("d1a676610ceb39174c8039b3f548357994b2a34139a8addd33baadba65684592");
    }

    @Test
    @DisplayName("futures: HMAC over apiKey + reqTime (the documented login string)")
    void futuresLoginVector() {
        FuturesSigner signer = new FuturesSigner("mx0aBYs33eIilxBW5C", DOC_SECRET);
        assertThat(signer.sign("1657186536762", ""))
                .isEqualTo("bfc6b00fdc5841511f4e678cf12bb01f48c38c756b54e349ce9fe12439573dba");
    }

    @Test
    @DisplayName("signers never print their secrets; lower-case hex only")
    void redacted() {
        assertThat(new SpotSigner(DOC_SECRET).toString()).doesNotContain(DOC_SECRET).contains("REDACTED");
        assertThat(new FuturesSigner("key123", DOC_SECRET).toString()).doesNotContain(DOC_SECRET)
                .doesNotContain("key123");
        assertThat(new SpotSigner(DOC_SECRET).sign("a", "b")).matches("[0-9a-f]{64}");
    }

    @Test
    @DisplayName("query values are URL-encoded with %20 for spaces; futures GET parameters sort by key")
    void queryParams() {
        QueryParams p = new QueryParams().add("symbol", "BTC_USDT").add("page_size", 100).add("a", "x y,z")
                .add("skipped", null);
        assertThat(p.render()).isEqualTo("symbol=BTC_USDT&page_size=100&a=x%20y%2Cz");
        assertThat(p.sorted().render()).isEqualTo("a=x%20y%2Cz&page_size=100&symbol=BTC_USDT");
        assertThat(new QueryParams().isEmpty()).isTrue();
    }
}
