package io.exwire.mexc.marketdata;

import io.exwire.api.exception.RateLimitedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.exception.VenueErrorException;
import io.exwire.api.marketdata.Instrument;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PublicTrade;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.mexc.testing.Configs;
import io.exwire.mexc.testing.WireMockExtensionSupport;
import io.exwire.mexc.wire.SpotSymbolsTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class MexcSpotPublicRestClientTest extends WireMockExtensionSupport {

    static final Symbol BTC = Symbol.of("BTC", "USDT");

    MexcSpotPublicRestClient client;

    @BeforeEach
    void client() {
        client = new MexcSpotPublicRestClient(Configs.rest(MarketType.SPOT, port()));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    @DisplayName("GET /api/v3/exchangeInfo → instruments with tick, lot, minimum size and amount")
    void instruments() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/exchangeInfo")).willReturn(okJson(
                SpotSymbolsTestData.EXCHANGE_INFO)));
        List<Instrument> instruments = client.instruments();
        assertThat(instruments).hasSize(3);
        Instrument btc = instruments.get(0);
        assertThat(btc).isEqualTo(new Instrument(BTC, "BTCUSDT", MarketType.SPOT, Decimal.parse("0.01"),
                Decimal.parse("0.000001"), Decimal.parse("0.000001"), Decimal.ofLong(1), null, null, true));
        assertThat(instruments.get(1).tradable()).as("API trading not allowed").isFalse();
        assertThat(instruments.get(2).tradable()).as("status 2 (paused)").isFalse();
    }

    @Test
    @DisplayName("GET /api/v3/depth?symbol=BTCUSDT&limit=.. (capped at 5000) → snapshot with lastUpdateId")
    void orderBook() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/depth")).withQueryParam("symbol", equalTo("BTCUSDT"))
                .withQueryParam("limit", equalTo("5000")).willReturn(okJson("{\"lastUpdateId\":74891313262,"
                        + "\"bids\":[[\"97463.12\",\"1.5\"],[\"97463.00\",\"0.25\"]],"
                        + "\"asks\":[[\"97463.13\",\"0.00001\"]],\"timestamp\":1738000000000}")));
        OrderBookSnapshot book = client.orderBook(BTC, 20_000);
        assertThat(book.symbol()).isEqualTo(BTC);
        assertThat(book.sequence()).isEqualTo(74_891_313_262L);
        assertThat(book.exchangeTimestampMillis()).isEqualTo(1_738_000_000_000L);
        assertThat(book.bids()).extracting(l -> l.price() + "x" + l.size())
                .containsExactly("97463.12x1.5", "97463x0.25");
        assertThat(book.asks()).extracting(l -> l.price() + "x" + l.size()).containsExactly("97463.13x0.00001");
    }

    @Test
    @DisplayName("GET /api/v3/trades → newest first; isBuyerMaker means the taker sold; null id")
    void recentTrades() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/trades")).withQueryParam("symbol", equalTo("BTCUSDT"))
                .withQueryParam("limit", equalTo("2")).willReturn(okJson("[{\"id\":null,\"price\":\"23\","
                        + "\"qty\":\"0.478468\",\"quoteQty\":\"11.004764\",\"time\":1640830579240,"
                        + "\"isBuyerMaker\":true,\"isBestMatch\":true},{\"id\":null,\"price\":\"24\",\"qty\":\"1\","
                        + "\"time\":1640830579241,\"isBuyerMaker\":false,\"isBestMatch\":true}]")));
        List<PublicTrade> trades = client.recentTrades(BTC, 2);
        assertThat(trades).containsExactly(
                new PublicTrade(BTC, TradeView.NO_TRADE_ID, Decimal.ofLong(24), Decimal.ofLong(1), Side.BUY,
                        1640830579241L),
                new PublicTrade(BTC, TradeView.NO_TRADE_ID, Decimal.ofLong(23), Decimal.parse("0.478468"), Side.SELL,
                        1640830579240L));
    }

    @Test
    @DisplayName("GET /api/v3/time → serverTime")
    void serverTime() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/time")).willReturn(okJson("{\"serverTime\":1645539742000}")));
        assertThat(client.serverTimeMillis()).isEqualTo(1645539742000L);
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v3/time")));
    }

    @Test
    @DisplayName("error bodies map to typed exceptions: bad symbol, 429/418 with Retry-After, other errors")
    void errors() {
        wm.stubFor(get(urlPathEqualTo("/api/v3/depth")).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}")));
        assertThatThrownBy(() -> client.orderBook(Symbol.of("NOPE", "USDT"), 10))
                .isInstanceOf(UnknownSymbolException.class).hasMessageContaining("-1121")
                .hasMessageContaining("GET /api/v3/depth");
        wm.stubFor(get(urlPathEqualTo("/api/v3/trades")).willReturn(aResponse().withStatus(418)
                .withHeader("Retry-After", "120").withBody("{\"code\":-1003,\"msg\":\"banned\"}")));
        assertThatThrownBy(() -> client.recentTrades(BTC, 1)).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
        wm.stubFor(get(urlPathEqualTo("/api/v3/time")).willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> client.serverTimeMillis()).isInstanceOf(RateLimitedException.class);
        wm.stubFor(get(urlPathEqualTo("/api/v3/exchangeInfo")).willReturn(aResponse().withStatus(503)
                .withBody("<html>busy</html>")));
        assertThatThrownBy(() -> client.instruments()).isInstanceOfSatisfying(VenueErrorException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(503));
    }
}
