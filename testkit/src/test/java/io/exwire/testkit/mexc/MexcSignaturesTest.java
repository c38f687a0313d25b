package io.exwire.testkit.mexc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** MEXC signatures against the reference vectors in the protocol notes. */
@Timeout(10)
class MexcSignaturesTest {

    private static final String SECRET = "45d0b3c26f2644f19bfb98b07741b2f5";

    @Test
    @DisplayName("spot: the doc's Example 2 query signs to fd3e4e85...837a")
    void spotQueryVector() {
        String query = "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=11&recvWindow=5000&timestamp=1644489390087";
        assertThat(MexcSignatures.spot(SECRET, query, ""))
                .isEqualTo("fd3e4e8543c5188531eb7279d68ae7d26a573d0fc5ab0d18eb692451654d837a");
    }

    @Test
    @DisplayName("spot: query and body concatenate without '&' (Example 3, d1a67661...4592)")
    void spotMixedVector() {
        String signature = MexcSignatures.spot(SECRET, "symbol=BTCUSDT&side=BUY&type=LIMIT",
                "quantity=1&price=11&recvWindow=5000&timestamp=1644489390087");
        assertThat(signature).startsWith("d1a67661").endsWith("4592").hasSize(64);
    }

    @Test
    @DisplayName("futures login: HMAC of apiKey + reqTime is bfc6b00f...3dba")
    void futuresLoginVector() {
        assertThat(MexcSignatures.futures(SECRET, "mx0aBYs33eIilxBW5C", "1657186536762", ""))
                .isEqualTo("bfc6b00fdc5841511f4e678cf12bb01f48c38c756b54e349ce9fe12439573dba");
    }

    @Test
    @DisplayName("only the exact lowercase hex signature matches")
    void matching() {
        String expected = MexcSignatures.hmacSha256Hex(SECRET, "x");
        assertThat(MexcSignatures.matches(expected, expected)).isTrue();
        assertThat(MexcSignatures.matches(expected, expected.toUpperCase())).isFalse();
        assertThat(MexcSignatures.matches(expected, null)).isFalse();
    }

    @Test
    @DisplayName("the server strips only the signature parameter, keeping the order of the rest")
    void stripping() {
        assertThat(SpotAuth.stripSignature("a=1&signature=abc&b=2")).containsExactly("a=1&b=2", "abc");
        assertThat(SpotAuth.stripSignature("a=1")).containsExactly("a=1", null);
        assertThat(FuturesAuth.sortedQuery(Map.of("symbol", List.of("BTC_USDT"), "page_num", List.of("1"),
                "empty", List.of("")))).isEqualTo("page_num=1&symbol=BTC_USDT");
    }
}
