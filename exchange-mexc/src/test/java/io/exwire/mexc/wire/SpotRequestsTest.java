package io.exwire.mexc.wire;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class SpotRequestsTest {

    private static final String A = "spot@public.aggre.deals.v3.api.pb@100ms@BTCUSDT";
    private static final String B = "spot@public.aggre.deals.v3.api.pb@100ms@ETHUSDT";
    private static final String D = "spot@public.aggre.deals.v3.api.pb@100ms@NOPEUSDT";

    private final SpotRequests<String> requests = new SpotRequests<>(10_000);

    @Test
    @DisplayName("an ack whose msg echoes the params (comma-joined, any order) accepts the request with that id")
    void echoAccepts() {
        requests.register(7, List.of(A, B), List.of("a", "b"), 0);
        SpotRequests.Outcome<String> o = requests.resolve(7, 0, B + "," + A, 0);
        assertThat(o.requestId()).isEqualTo(7);
        assertThat(o.accepted()).isTrue();
        assertThat(requests.pendingCount()).isZero();
    }

    @Test
    @DisplayName("an ack with id 0 is matched to the request whose params it echoes")
    void idZeroMatchedByParams() {
        requests.register(1, List.of(A), List.of("a"), 0);
        requests.register(2, List.of(B), List.of("b"), 0);
        SpotRequests.Outcome<String> o = requests.resolve(0, 0, B, 0);
        assertThat(o.requestId()).isEqualTo(2);
        assertThat(o.accepted()).isTrue();
        assertThat(requests.pendingCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("'Blocked!' arrives with code 0 and still refuses: full-width colon, two spaces, trailing space")
    void blockedWithCodeZeroRefuses() {
        requests.register(3, List.of(D), List.of("d"), 0);
        SpotRequests.Outcome<String> o = requests.resolve(3, 0,
                "Not Subscribed successfully! [" + D + "].  Reason\uFF1A Blocked! ", 0);
        assertThat(o.accepted()).isFalse();
        assertThat(o.refused()).containsExactly("d");
        assertThat(o.wholeRequest()).isTrue();
        assertThat(o.reason()).isEqualTo("Blocked!");
        assertThat(o.venueCode()).isEqualTo("0");
    }

    @Test
    @DisplayName("the refusal pattern tolerates one space and an ASCII colon")
    void tolerantRefusal() {
        requests.register(3, List.of(D), List.of("d"), 0);
        SpotRequests.Outcome<String> o = requests.resolve(3, 0,
                "Not Subscribed successfully! [" + D + "]. Reason: Blocked!", 0);
        assertThat(o.refused()).containsExactly("d");
    }

    @Test
    @DisplayName("the mixed form refuses only the params in the 'Not Subscribed' brackets")
    void mixedForm() {
        requests.register(4, List.of(A, B, D), List.of("a", "b", "d"), 0);
        SpotRequests.Outcome<String> o = requests.resolve(4, 0, "Subscribed successful! [" + A + "," + B
                + "]. Not Subscribed successfully! [" + D + "]. Reason\uFF1A Blocked! ", 0);
        assertThat(o.refused()).containsExactly("d");
        assertThat(o.wholeRequest()).isFalse();
    }

    @Test
    @DisplayName("'Subscribed successful! [..]' with every param accepts")
    void wrappedSuccess() {
        requests.register(5, List.of(A, B), List.of("a", "b"), 0);
        assertThat(requests.resolve(5, 0, "Subscribed successful! [" + A + "," + B + "]", 0).accepted()).isTrue();
    }

    @Test
    @DisplayName("an echo that differs from the request refuses the whole request")
    void mismatchRefuses() {
        requests.register(6, List.of(A, B), List.of("a", "b"), 0);
        SpotRequests.Outcome<String> o = requests.resolve(6, 0, A, 0);
        assertThat(o.accepted()).isFalse();
        assertThat(o.wholeRequest()).isTrue();
        assertThat(o.refused()).containsExactly("a", "b");
        assertThat(o.reason()).contains("does not echo");
    }

    @Test
    @DisplayName("a non-zero code refuses the whole request and carries the code")
    void nonZeroCode() {
        requests.register(8, List.of(A), List.of("a"), 0);
        SpotRequests.Outcome<String> o = requests.resolve(8, 1, "Invalid request", 0);
        assertThat(o.accepted()).isFalse();
        assertThat(o.venueCode()).isEqualTo("1");
    }

    @Test
    @DisplayName("an answer with nothing pending resolves to null; clear() forgets requests")
    void nothingPending() {
        assertThat(requests.resolve(1, 0, A, 0)).isNull();
        requests.register(9, List.of(A), List.of("a"), 0);
        requests.clear();
        assertThat(requests.resolve(9, 0, A, 0)).isNull();
    }

    @Test
    @DisplayName("a request older than the timeout is forgotten and cannot capture a later id-0 answer")
    void expiry() {
        requests.register(1, List.of(A), List.of("a"), 0);
        requests.register(2, List.of(B), List.of("b"), 9_000);
        SpotRequests.Outcome<String> o = requests.resolve(0, 0, "something else", 12_000);
        assertThat(o.requestId()).isEqualTo(2);
        assertThat(requests.pendingCount()).isZero();
    }
}
