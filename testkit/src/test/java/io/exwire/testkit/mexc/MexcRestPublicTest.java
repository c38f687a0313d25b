package io.exwire.testkit.mexc;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** Public REST of both products: time, instruments, depth snapshots, trades and depth commits. */
@Timeout(30)
class MexcRestPublicTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");

    @Test
    @DisplayName("spot: time, exchangeInfo, depth with lastUpdateId and limit, trades, invalid symbol")
    void spot() {
        try (MexcSimulator sim = new MexcSimulator(MarketType.SPOT, 1).start();
             MexcRestClient rest = new MexcRestClient(sim.restUri())) {
            long before = System.currentTimeMillis();
            assertThat(rest.get("/api/v3/time").json().get("serverTime").asLong()).isGreaterThanOrEqualTo(before);
            JsonNode symbols = rest.get("/api/v3/exchangeInfo").json().get("symbols");
            assertThat(symbols).hasSize(3);
            assertThat(symbols.get(0).get("symbol").asText()).isEqualTo("BTCUSDT");
            assertThat(symbols.get(0).get("baseAsset").asText()).isEqualTo("BTC");
            JsonNode depth = rest.get("/api/v3/depth?symbol=BTCUSDT&limit=5").json();
            assertThat(depth.get("lastUpdateId").asLong()).isEqualTo(sim.book(BTC, 1).sequence());
            assertThat(depth.get("bids")).hasSize(5);
            assertThat(depth.get("asks").get(0).get(0).isTextual()).isTrue();
            sim.tick(300);
            JsonNode trades = rest.get("/api/v3/trades?symbol=BTCUSDT&limit=3").json();
            assertThat(trades).hasSize(3);
            assertThat(trades.get(0).has("isBuyerMaker")).isTrue();
            MexcRestClient.Reply bad = rest.get("/api/v3/depth?symbol=NOPE");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("code").asInt()).isEqualTo(30014);
        }
    }

    @Test
    @DisplayName("futures: ping, detail with contractSize, wrapped depth with version, depth_commits chain")
    void futures() {
        try (MexcSimulator sim = new MexcSimulator(MarketType.FUTURES, 1).start();
             MexcRestClient rest = new MexcRestClient(sim.restUri())) {
            JsonNode ping = rest.get("/api/v1/contract/ping").json();
            assertThat(ping.get("success").asBoolean()).isTrue();
            assertThat(ping.get("data").asLong()).isPositive();
            JsonNode detail = rest.get("/api/v1/contract/detail?symbol=BTC_USDT").json().get("data");
            assertThat(detail.get("symbol").asText()).isEqualTo("BTC_USDT");
            assertThat(detail.get("contractSize").decimalValue()).isEqualByComparingTo("0.0001");
            assertThat(rest.get("/api/v1/contract/detail").json().get("data")).hasSize(3);
            JsonNode depth = rest.get("/api/v1/contract/depth/BTC_USDT?limit=10").json();
            assertThat(depth.get("code").asInt()).isZero();
            assertThat(depth.get("data").get("version").asLong()).isEqualTo(sim.book(BTC, 1).sequence());
            assertThat(depth.get("data").get("bids").get(0)).hasSize(3);
            sim.tick(100);
            JsonNode commits = rest.get("/api/v1/contract/depth_commits/BTC_USDT/50").json().get("data");
            assertThat(commits).hasSize(50);
            for (int i = 1; i < commits.size(); i++) {
                assertThat(commits.get(i).get("version").asLong())
                        .isEqualTo(commits.get(i - 1).get("version").asLong() + 1);
            }
            assertThat(commits.get(49).get("version").asLong()).isEqualTo(sim.book(BTC, 1).sequence());
            assertThat(rest.get("/api/v1/contract/depth/NOPE_USDT").json().get("code").asInt()).isEqualTo(1001);
        }
    }
}
