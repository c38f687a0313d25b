package io.exwire.mexc.marketdata;

import io.exwire.api.exception.RateLimitedException;
import io.exwire.api.exception.UnknownSymbolException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class MexcFuturesPublicRestClientTest extends WireMockExtensionSupport {

    static final Symbol BTC = Symbol.of("BTC", "USDT");

    MexcFuturesPublicRestClient client;

    @BeforeEach
    void client() {
        client = new MexcFuturesPublicRestClient(Configs.rest(MarketType.FUTURES, port()));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    @DisplayName("GET /api/v1/contract/detail → linear contracts with tick, lot, min and contract size")
    void instruments() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/contract/detail")).willReturn(okJson("{\"success\":true,\"code\":0,"
                + "\"data\":[{\"symbol\":\"BTC_USDT\",\"displayName\":\"BTC_USDT永续\",\"positionOpenType\":3,"
                + "\"baseCoin\":\"BTC\",\"quoteCoin\":\"USDT\",\"settleCoin\":\"USDT\",\"contractSize\":0.0001,"
                + "\"minLeverage\":1,\"maxLeverage\":125,\"priceScale\":2,\"volScale\":0,\"priceUnit\":0.5,"
                + "\"volUnit\":1,\"minVol\":1,\"maxVol\":5000000,\"indexOrigin\":[\"Binance\",\"MXC\"],\"state\":0,"
                + "\"apiAllowed\":false},"
                + "{\"symbol\":\"BTC_USD\",\"baseCoin\":\"BTC\",\"quoteCoin\":\"USD\",\"settleCoin\":\"BTC\","
                + "\"contractSize\":100,\"priceUnit\":0.5,\"volUnit\":1,\"minVol\":1,\"state\":0},"
                + "{\"symbol\":\"ETH_USDT\",\"baseCoin\":\"ETH\",\"quoteCoin\":\"USDT\",\"settleCoin\":\"USDT\","
                + "\"contractSize\":0.01,\"priceUnit\":0.01,\"volUnit\":1,\"minVol\":1,\"state\":4}]}")));
        List<Instrument> instruments = client.instruments();
        assertThat(instruments).containsExactly(
                new Instrument(BTC, "BTC_USDT", MarketType.FUTURES, Decimal.parse("0.5"), Decimal.ofLong(1),
                        Decimal.ofLong(1), null, Decimal.parse("0.0001"), "USDT", true),
                new Instrument(Symbol.of("ETH", "USDT"), "ETH_USDT", MarketType.FUTURES, Decimal.parse("0.01"),
                        Decimal.ofLong(1), Decimal.ofLong(1), null, Decimal.parse("0.01"), "USDT", false));
    }

    @Test
    @DisplayName("GET /api/v1/contract/depth/BTC_USDT?limit=.. → snapshot with version (wrapped or bare body)")
    void orderBook() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/contract/depth/BTC_USDT")).withQueryParam("limit", equalTo("1000"))
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":{\"asks\":[[3968.5,121],[3968.6,160,4]],"
                        + "\"bids\":[[3968.4,179,4]],\"version\":96801927,\"timestamp\":1587442022003}}")));
        OrderBookSnapshot book = client.orderBook(BTC, 5000);
        assertThat(book.sequence()).isEqualTo(96801927L);
        assertThat(book.exchangeTimestampMillis()).isEqualTo(1587442022003L);
        assertThat(book.asks()).extracting(l -> l.price() + "x" + l.size()).containsExactly("3968.5x121", "3968.6x160");
        assertThat(book.bids()).extracting(l -> l.price() + "x" + l.size()).containsExactly("3968.4x179");

        wm.stubFor(get(urlPathEqualTo("/api/v1/contract/depth/ETH_USDT")).willReturn(okJson(
                "{\"asks\":[],\"bids\":[[1,2,1]],\"version\":1,\"timestamp\":2}")));
        assertThat(client.orderBook(Symbol.of("ETH", "USDT"), 10).sequence()).isEqualTo(1);
    }

    @Test
    @DisplayName("GET /api/v1/contract/deals/BTC_USDT?limit=.. (capped at 100) → newest first, T 2 = sell")
    void recentTrades() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/contract/deals/BTC_USDT")).withQueryParam("limit", equalTo("100"))
                .willReturn(okJson("{\"success\":true,\"code\":0,\"data\":[{\"p\":31199,\"v\":18,\"T\":1,\"O\":3,"
                        + "\"M\":2,\"t\":1609831235985},{\"p\":31199.5,\"v\":15,\"T\":2,\"O\":3,\"M\":1,"
                        + "\"t\":1609831234759,\"i\":77}]}")));
        List<PublicTrade> trades = client.recentTrades(BTC, 500);
        assertThat(trades).containsExactly(
                new PublicTrade(BTC, TradeView.NO_TRADE_ID, Decimal.ofLong(31199), Decimal.ofLong(18), Side.BUY,
                        1609831235985L),
                new PublicTrade(BTC, 77, Decimal.parse("31199.5"), Decimal.ofLong(15), Side.SELL, 1609831234759L));
    }

    @Test
    @DisplayName("GET /api/v1/contract/ping → server time")
    void serverTime() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/contract/ping"))
                .willReturn(okJson("{\"success\":true,\"data\":1587442022003}")));
        assertThat(client.serverTimeMillis()).isEqualTo(1587442022003L);
    }

    @Test
    @DisplayName("success:false bodies (status 200) map to typed exceptions")
    void errors() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/contract/depth/NOPE_USDT")).willReturn(okJson(
                "{\"success\":false,\"code\":1001,\"message\":\"Contract does not exist\"}")));
        assertThatThrownBy(() -> client.orderBook(Symbol.of("NOPE", "USDT"), 5))
                .isInstanceOf(UnknownSymbolException.class).hasMessageContaining("1001");
        wm.stubFor(get(urlPathEqualTo("/api/v1/contract/deals/BTC_USDT")).willReturn(okJson(
                "{\"success\":false,\"code\":510,\"message\":\"Excessive frequency of requests\"}")));
        assertThatThrownBy(() -> client.recentTrades(BTC, 5)).isInstanceOf(RateLimitedException.class);
    }
}
