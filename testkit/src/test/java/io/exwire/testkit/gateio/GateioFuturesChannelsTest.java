package io.exwire.testkit.gateio;

import com.fasterxml.jackson.databind.JsonNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class GateioFuturesChannelsTest {

    private static final Symbol ETH = Symbol.of("ETH", "USDT");

    private GateioSimulator sim;
    private GateioWsClient integers;
    private GateioWsClient decimals;

    @BeforeEach
    void start() {
        sim = new GateioSimulator(MarketType.FUTURES, 5).start();
        integers = new GateioWsClient(sim.websocketUri(), false);
        decimals = new GateioWsClient(sim.websocketUri(), true);
    }

    @AfterEach
    void stop() {
        integers.close();
        decimals.close();
        sim.close();
    }

    @Test
    void sizesAreIntegersWithoutTheHeaderAndDecimalStringsWithIt() {
        assertThat(sim.websocketUri().getPath()).isEqualTo("/v4/ws/usdt");
        for (GateioWsClient c : new GateioWsClient[] {integers, decimals}) {
            assertThat(c.reply(c.subscribe("futures.order_book_update", "ETH_USDT", "100ms", "100")).get("error").isNull()).isTrue();
            assertThat(c.reply(c.subscribe("futures.trades", "ETH_USDT")).get("error").isNull()).isTrue();
        }
        sim.trade(ETH, Side.SELL, Decimal.parse("2.5"));
        JsonNode intBook = integers.push("futures.order_book_update").path("result");
        JsonNode decBook = decimals.push("futures.order_book_update").path("result");

        JsonNode intTrade = integers.push("futures.trades").path("result").get(0);
        JsonNode decTrade = decimals.push("futures.trades").path("result").get(0);
        assertThat(intTrade.path("size").isIntegralNumber()).isTrue();
        assertThat(intTrade.path("size").asLong()).isEqualTo(-2);
        assertThat(decTrade.path("size").asText()).isEqualTo("-2.5");
        assertThat(decTrade.path("create_time_ms").isIntegralNumber()).isTrue();
        assertThat(intBook.path("u").asLong()).isEqualTo(decBook.path("u").asLong());
        JsonNode level = intBook.path("b").isEmpty() ? intBook.path("a").get(0) : intBook.path("b").get(0);
        JsonNode decLevel = decBook.path("b").isEmpty() ? decBook.path("a").get(0) : decBook.path("b").get(0);
        assertThat(level.path("p").isTextual()).isTrue();
        assertThat(level.path("s").isIntegralNumber()).isTrue();
        assertThat(decLevel.path("s").isTextual()).isTrue();
        assertThat(level.path("s").asLong()).isEqualTo(Decimal.parse(decLevel.path("s").asText()).toBigDecimal().longValue());
    }

    @Test
    void restHonoursTheSizeHeaderAndReportsSecondsAsFloat() {
        GateioTestSupport.Response book = GateioTestSupport.get(sim.restUri(),
                "/api/v4/futures/usdt/order_book?contract=BTC_USDT&limit=5&with_id=true");
        assertThat(book.status()).isEqualTo(200);
        assertThat(book.body().path("id").asLong()).isEqualTo(sim.book(Symbol.of("BTC", "USDT"), 1).sequence());
        assertThat(book.body().path("current").isFloatingPointNumber()).isTrue();
        assertThat(book.body().path("asks").get(0).path("s").isIntegralNumber()).isTrue();
        JsonNode contracts = GateioTestSupport.get(sim.restUri(), "/api/v4/futures/usdt/contracts").body();
        assertThat(contracts).hasSize(3);
        assertThat(contracts.get(0).path("quanto_multiplier").asText()).isEqualTo("0.0001");
        assertThat(contracts.get(1).path("enable_decimal").asBoolean()).isTrue();
        GateioTestSupport.Response unknown = GateioTestSupport.get(sim.restUri(),
                "/api/v4/futures/usdt/order_book?contract=NOPE_USDT");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("label").asText()).isEqualTo("CONTRACT_NOT_FOUND");
    }

    @Test
    void futuresSubscriptionErrors() {
        JsonNode unknown = integers.reply(integers.subscribe("futures.trades", "NOPE_USDT"));
        assertThat(unknown.path("error").path("message").asText()).isEqualTo("unknown contract NOPE_USDT");
        JsonNode badLevel = integers.reply(integers.subscribe("futures.order_book_update", "BTC_USDT", "20ms", "50"));
        assertThat(badLevel.path("error").path("code").asInt()).isEqualTo(2);
        integers.send("{\"time\":" + GateioTestSupport.nowSeconds() + ",\"channel\":\"futures.ping\"}");
        assertThat(integers.next(n -> "futures.pong".equals(n.path("channel").asText())).has("time_ms")).isTrue();
    }
}
