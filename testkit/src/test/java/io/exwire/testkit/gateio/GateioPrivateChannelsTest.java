package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.SimulatedAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.exwire.testkit.gateio.GateioTestSupport.KEY;
import static io.exwire.testkit.gateio.GateioTestSupport.SECRET;
import static io.exwire.testkit.gateio.GateioTestSupport.USER;
import static io.exwire.testkit.gateio.GateioTestSupport.auth;
import static io.exwire.testkit.gateio.GateioTestSupport.nowSeconds;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class GateioPrivateChannelsTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");

    private static JsonNode signedSubscribe(GateioWsClient c, String channel, String key, String secret, long time,
                                            String... payload) {
        return c.reply(c.request(channel, "subscribe", GateioWsClient.payload(payload),
                auth(key, secret, channel, "subscribe", time), time));
    }

    @Test
    void signedSubscribeIsVerifiedForReal() {
        try (GateioSimulator sim = new GateioSimulator(MarketType.SPOT, 1).start();
             GateioWsClient c = new GateioWsClient(sim.websocketUri())) {
            sim.addAccount(KEY, SECRET, USER);
            long now = nowSeconds();
            assertThat(signedSubscribe(c, "spot.orders", KEY, SECRET, now, "!all").get("error").isNull()).isTrue();
            JsonNode wrongSign = signedSubscribe(c, "spot.orders", KEY, "other-secret", now, "!all");
            assertThat(wrongSign.path("error").path("code").asInt()).isEqualTo(4);
            assertThat(wrongSign.path("error").path("message").asText()).contains("INVALID_SIGNATURE");
            JsonNode wrongKey = signedSubscribe(c, "spot.orders", "nobody", SECRET, now, "!all");
            assertThat(wrongKey.path("error").path("message").asText()).contains("INVALID_KEY");
            JsonNode millis = signedSubscribe(c, "spot.orders", KEY, SECRET, System.currentTimeMillis(), "!all");
            assertThat(millis.path("error").path("message").asText()).contains("REQUEST_EXPIRED");
            JsonNode stale = signedSubscribe(c, "spot.orders", KEY, SECRET, now - 120, "!all");
            assertThat(stale.path("error").path("code").asInt()).isEqualTo(4);
            JsonNode unsigned = c.reply(c.subscribe("spot.balances"));
            assertThat(unsigned.path("error").path("code").asInt()).isEqualTo(4);
        }
    }

    @Test
    void restOrderAppearsOnTheSpotPrivateChannelsAndFillsWhenTheMarketTradesThroughIt() {
        try (GateioSimulator sim = new GateioSimulator(MarketType.SPOT, 2).start();
             GateioWsClient c = new GateioWsClient(sim.websocketUri())) {
            sim.addAccount(KEY, SECRET, USER);
            long now = nowSeconds();
            for (String ch : new String[] {"spot.orders", "spot.usertrades"}) {
                assertThat(signedSubscribe(c, ch, KEY, SECRET, now, "BTC_USDT").get("error").isNull()).isTrue();
            }
            assertThat(signedSubscribe(c, "spot.balances", KEY, SECRET, now).get("error").isNull()).isTrue();
            Decimal ask = sim.book(BTC, 1).asks().get(0).price();
            String body = "{\"currency_pair\":\"BTC_USDT\",\"side\":\"sell\",\"amount\":\"0.001\",\"price\":\"" + ask
                    + "\",\"text\":\"t-abc\"}";
            GateioTestSupport.Response placed = GateioTestSupport.rest(sim.restUri(), "POST", "/api/v4/spot/orders", body,
                    KEY, SECRET);
            assertThat(placed.status()).isEqualTo(201);
            String id = placed.body().path("id").asText();
            assertThat(Long.parseLong(id)).isGreaterThan(1L << 53);
            JsonNode put = c.push("spot.orders").path("result").get(0);
            assertThat(put.path("event").asText()).isEqualTo("put");
            assertThat(put.path("id").asText()).isEqualTo(id);
            assertThat(put.path("text").asText()).isEqualTo("t-abc");

            sim.trade(BTC, Side.BUY, Decimal.parse("0.01"));
            JsonNode fill = c.push("spot.usertrades").path("result").get(0);
            assertThat(fill.path("order_id").asText()).isEqualTo(id);
            assertThat(fill.path("role").asText()).isEqualTo("maker");
            JsonNode finish = c.next(n -> n.path("result").path(0).path("event").asText().equals("finish"));
            assertThat(finish.path("result").get(0).path("finish_as").asText()).isEqualTo("filled");
            assertThat(c.all().stream().anyMatch(n -> "spot.balances".equals(n.path("channel").asText()))).isTrue();

            GateioTestSupport.Response order = GateioTestSupport.rest(sim.restUri(), "GET",
                    "/api/v4/spot/orders/" + id + "?currency_pair=BTC_USDT", "", KEY, SECRET);
            assertThat(order.body().path("status").asText()).isEqualTo("closed");
            GateioTestSupport.Response trades = GateioTestSupport.rest(sim.restUri(), "GET",
                    "/api/v4/spot/my_trades?currency_pair=BTC_USDT", "", KEY, SECRET);
            assertThat(trades.body()).hasSize(1);
        }
    }

    @Test
    void futuresPrivateChannelsNeedTheUserIdAndPushOrdersPositionsAndBalances() {
        try (GateioSimulator sim = new GateioSimulator(MarketType.FUTURES, 3).start();
             GateioWsClient c = new GateioWsClient(sim.websocketUri())) {
            SimulatedAccount account = sim.addAccount(KEY, SECRET, USER);
            long now = nowSeconds();
            JsonNode noUser = signedSubscribe(c, "futures.orders", KEY, SECRET, now, "!all");
            assertThat(noUser.path("error").path("code").asInt()).isEqualTo(2);
            for (String ch : new String[] {"futures.orders", "futures.usertrades", "futures.positions"}) {
                assertThat(signedSubscribe(c, ch, KEY, SECRET, now, USER, "!all").get("error").isNull()).isTrue();
            }
            assertThat(signedSubscribe(c, "futures.balances", KEY, SECRET, now, USER).get("error").isNull()).isTrue();
            GateioTestSupport.Response detail = GateioTestSupport.rest(sim.restUri(), "GET", "/api/v4/account/detail", "",
                    KEY, SECRET);
            assertThat(detail.body().path("user_id").asLong()).isEqualTo(Long.parseLong(USER));

            Decimal bid = sim.book(BTC, 1).bids().get(0).price();
            String id = account.placeLimit(BTC, Side.BUY, bid, Decimal.ofLong(10));
            JsonNode created = c.push("futures.orders").path("result").get(0);
            assertThat(created.path("id").isIntegralNumber()).isTrue();
            assertThat(created.path("id").asLong()).isEqualTo(Long.parseLong(id));
            assertThat(created.path("id_string").asText()).isEqualTo(id);
            assertThat(created.path("finish_as").asText()).isEqualTo("_new");
            assertThat(created.path("size").asLong()).isEqualTo(10);

            account.fill(id, Decimal.ofLong(4));
            JsonNode position = c.push("futures.positions").path("result").get(0);
            assertThat(position.path("size").asLong()).isEqualTo(4);
            assertThat(position.path("entry_price").decimalValue()).isEqualByComparingTo(bid.toBigDecimal());
            assertThat(account.position(BTC)).isEqualTo(Decimal.ofLong(4));
            assertThat(c.all().stream().anyMatch(n -> "futures.balances".equals(n.path("channel").asText()))).isTrue();
            assertThat(c.all().stream().anyMatch(n -> "futures.usertrades".equals(n.path("channel").asText()))).isTrue();

            GateioTestSupport.Response positions = GateioTestSupport.rest(sim.restUri(), "GET",
                    "/api/v4/futures/usdt/positions", "", KEY, SECRET);
            assertThat(positions.body().get(0).path("size").asLong()).isEqualTo(4);
            GateioTestSupport.Response cancelled = GateioTestSupport.rest(sim.restUri(), "DELETE",
                    "/api/v4/futures/usdt/orders/" + id, "", KEY, SECRET);
            assertThat(cancelled.body().path("finish_as").asText()).isEqualTo("cancelled");
            assertThat(account.openOrderIds()).isEmpty();
        }
    }

    @Test
    void restRejectsBadSignaturesWithGateLabels() {
        try (GateioSimulator sim = new GateioSimulator(MarketType.SPOT, 4).start()) {
            sim.addAccount(KEY, SECRET, USER);
            GateioTestSupport.Response bad = GateioTestSupport.rest(sim.restUri(), "GET", "/api/v4/spot/accounts", "",
                    KEY, "wrong");
            assertThat(bad.status()).isEqualTo(401);
            assertThat(bad.body().path("label").asText()).isEqualTo("INVALID_SIGNATURE");
            GateioTestSupport.Response ok = GateioTestSupport.rest(sim.restUri(), "GET",
                    "/api/v4/spot/accounts?currency=USDT", "", KEY, SECRET);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.body().get(0).path("available").asText()).isEqualTo("1000000");
            GateioTestSupport.Response missing = GateioTestSupport.get(sim.restUri(), "/api/v4/spot/open_orders");
            assertThat(missing.status()).isEqualTo(401);
            GateioTestSupport.Response time = GateioTestSupport.get(sim.restUri(), "/api/v4/spot/time");
            assertThat(time.body().path("server_time").asLong()).isGreaterThan(1_700_000_000_000L);
        }
    }
}
