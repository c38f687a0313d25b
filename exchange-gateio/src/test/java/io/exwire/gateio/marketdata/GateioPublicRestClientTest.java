package io.exwire.gateio.marketdata;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.RateLimitedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.exception.VenueErrorException;
import io.exwire.api.marketdata.Instrument;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.marketdata.PublicTrade;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class GateioPublicRestClientTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private GateioPublicRestClient client(MarketType market) {
        return new GateioPublicRestClient(ExchangeConfig.builder(ExchangeId.of("gateio"), market)
                .restUri(URI.create("http://127.0.0.1:" + server.port())).requestTimeout(Duration.ofSeconds(5))
                .build());
    }

    @Test
    @DisplayName("spot instruments: tick and lot from precisions, minimums, tradable status")
    void spotInstruments() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/currency_pairs")).willReturn(okJson("""
                [{"id":"BTC_USDT","base":"BTC","quote":"USDT","fee":"0.2","min_base_amount":"0.0001",
                  "min_quote_amount":"3","amount_precision":6,"precision":1,"trade_status":"tradable"},
                 {"id":"OLD_USDT","base":"OLD","quote":"USDT","amount_precision":2,"precision":4,
                  "trade_status":"untradable"},
                 {"id":"weird-name","amount_precision":2,"precision":4,"trade_status":"tradable"}]""")));
        try (GateioPublicRestClient c = client(MarketType.SPOT)) {
            List<Instrument> list = c.instruments();
            assertThat(list).hasSize(2);
            assertThat(list.get(0)).isEqualTo(new Instrument(BTC, "BTC_USDT", MarketType.SPOT, Decimal.parse("0.1"),
                    Decimal.parse("0.000001"), Decimal.parse("0.0001"), Decimal.parse("3"), null, null, true));
            assertThat(list.get(1).tradable()).isFalse();
            assertThat(list.get(1).minSize()).isNull();
        }
    }

    @Test
    @DisplayName("futures instruments: price round, quanto multiplier, settle, decimal-size lots; size header sent")
    void futuresInstruments() {
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/contracts")).willReturn(okJson("""
                [{"name":"BTC_USDT","type":"direct","quanto_multiplier":"0.0001","order_price_round":"0.1",
                  "order_size_min":1,"order_size_max":1000000,"in_delisting":false},
                 {"name":"ETH_USDT","quanto_multiplier":"0.01","order_price_round":"0.01","order_size_min":"0.1",
                  "enable_decimal":true,"in_delisting":false,"status":"trading"},
                 {"name":"GONE_USDT","quanto_multiplier":"1","order_price_round":"0.001","order_size_min":1,
                  "in_delisting":true}]""")));
        try (GateioPublicRestClient c = client(MarketType.FUTURES)) {
            List<Instrument> list = c.instruments();
            assertThat(list.get(0)).isEqualTo(new Instrument(BTC, "BTC_USDT", MarketType.FUTURES,
                    Decimal.parse("0.1"), Decimal.ofLong(1), Decimal.ofLong(1), null, Decimal.parse("0.0001"), "USDT",
                    true));
            assertThat(list.get(1).lotSize()).isEqualTo(Decimal.parse("0.1"));
            assertThat(list.get(2).tradable()).isFalse();
        }
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/contracts"))
                .withHeader("X-Gate-Size-Decimal", equalTo("1")));
    }

    @Test
    @DisplayName("spot order book: with_id=true, limit raised to the stream depth, ms timestamp")
    void spotBook() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/order_book")).willReturn(okJson("""
                {"id":123456789,"current":1623898993123,"update":1623898993121,
                 "asks":[["1.52","1.151"],["1.53","1.218"]],"bids":[["1.17","201.863"]]}""")));
        try (GateioPublicRestClient c = new GateioPublicRestClient(ExchangeConfig.builder(ExchangeId.of("gateio"),
                MarketType.SPOT).restUri(URI.create("http://127.0.0.1:" + server.port())).build(), 20)) {
            OrderBookSnapshot book = c.orderBook(BTC, 5);
            assertThat(book).isEqualTo(new OrderBookSnapshot(BTC, 123456789L,
                    List.of(new PriceLevel(Decimal.parse("1.17"), Decimal.parse("201.863"))),
                    List.of(new PriceLevel(Decimal.parse("1.52"), Decimal.parse("1.151")),
                            new PriceLevel(Decimal.parse("1.53"), Decimal.parse("1.218"))), 1623898993123L));
        }
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/spot/order_book"))
                .withQueryParam("currency_pair", equalTo("BTC_USDT")).withQueryParam("limit", equalTo("20"))
                .withQueryParam("with_id", equalTo("true")).withHeader("X-Gate-Size-Decimal", absent()));
    }

    @Test
    @DisplayName("futures order book: {p,s} levels, integer or string sizes, current in fractional seconds")
    void futuresBook() {
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/order_book")).willReturn(okJson("""
                {"id":2517661076,"current":1623898993.123,"update":1623898993.121,
                 "asks":[{"p":"1.52","s":100}],"bids":[{"p":"1.17","s":"150.5"}]}""")));
        try (GateioPublicRestClient c = client(MarketType.FUTURES)) {
            OrderBookSnapshot book = c.orderBook(BTC, 100);
            assertThat(book.sequence()).isEqualTo(2517661076L);
            assertThat(book.exchangeTimestampMillis()).isEqualTo(1623898993123L);
            assertThat(book.asks()).containsExactly(new PriceLevel(Decimal.parse("1.52"), Decimal.ofLong(100)));
            assertThat(book.bids()).containsExactly(new PriceLevel(Decimal.parse("1.17"), Decimal.parse("150.5")));
        }
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/order_book"))
                .withQueryParam("contract", equalTo("BTC_USDT")).withQueryParam("limit", equalTo("100"))
                .withQueryParam("with_id", equalTo("true")).withHeader("X-Gate-Size-Decimal", equalTo("1")));
    }

    @Test
    @DisplayName("recent trades: spot string ids and fractional-ms strings; futures signed sizes and second times")
    void trades() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/trades")).willReturn(okJson("""
                [{"id":"1232893232","create_time":"1548000000","create_time_ms":"1548000000123.456",
                  "currency_pair":"BTC_USDT","side":"sell","role":"taker","amount":"0.15","price":"0.03"}]""")));
        server.stubFor(get(urlPathEqualTo("/api/v4/futures/usdt/trades")).willReturn(okJson("""
                [{"id":121234231,"create_time":1514764800.123,"contract":"BTC_USDT","size":-100,"price":"100.123"},
                 {"id":121234232,"create_time":1514764801,"create_time_ms":1514764801456,"contract":"BTC_USDT",
                  "size":"0.5","price":"100.2"}]""")));
        try (GateioPublicRestClient spot = client(MarketType.SPOT);
             GateioPublicRestClient futures = client(MarketType.FUTURES)) {
            assertThat(spot.recentTrades(BTC, 10)).containsExactly(new PublicTrade(BTC, 1232893232L,
                    Decimal.parse("0.03"), Decimal.parse("0.15"), Side.SELL, 1548000000123L));
            assertThat(futures.recentTrades(BTC, 2)).containsExactly(
                    new PublicTrade(BTC, 121234231L, Decimal.parse("100.123"), Decimal.ofLong(100), Side.SELL,
                            1514764800123L),
                    new PublicTrade(BTC, 121234232L, Decimal.parse("100.2"), Decimal.parse("0.5"), Side.BUY,
                            1514764801456L));
        }
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/spot/trades"))
                .withQueryParam("currency_pair", equalTo("BTC_USDT")).withQueryParam("limit", equalTo("10")));
        server.verify(getRequestedFor(urlPathEqualTo("/api/v4/futures/usdt/trades"))
                .withQueryParam("contract", equalTo("BTC_USDT")).withQueryParam("limit", equalTo("2")));
    }

    @Test
    @DisplayName("server time from /spot/time in ms")
    void serverTime() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/time")).willReturn(okJson("{\"server_time\":1597026383085}")));
        try (GateioPublicRestClient c = client(MarketType.FUTURES)) {
            assertThat(c.serverTimeMillis()).isEqualTo(1597026383085L);
        }
    }

    @Test
    @DisplayName("error bodies map to typed exceptions with label and message")
    void errors() {
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/order_book")).willReturn(aResponse().withStatus(400)
                .withBody("{\"label\":\"INVALID_CURRENCY_PAIR\",\"message\":\"Invalid currency pair NOPE_USDT\"}")));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/trades")).willReturn(aResponse().withStatus(500)
                .withBody("{\"label\":\"SERVER_ERROR\",\"message\":\"Internal server error\"}")));
        server.stubFor(get(urlPathEqualTo("/api/v4/spot/currency_pairs")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3").withBody("{\"label\":\"TOO_MANY_REQUESTS\"}")));
        try (GateioPublicRestClient c = client(MarketType.SPOT)) {
            assertThatThrownBy(() -> c.orderBook(Symbol.of("NOPE", "USDT"), 10))
                    .isInstanceOf(UnknownSymbolException.class).hasMessageContaining("INVALID_CURRENCY_PAIR")
                    .hasMessageContaining("Invalid currency pair NOPE_USDT");
            assertThatThrownBy(() -> c.recentTrades(BTC, 1)).isInstanceOfSatisfying(VenueErrorException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(500);
                assertThat(e.venueCode()).isEqualTo("SERVER_ERROR");
            });
            assertThatThrownBy(c::instruments).isInstanceOfSatisfying(RateLimitedException.class,
                    e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
        }
    }
}
