package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class SpotSymbolsTest {

    static final String EXCHANGE_INFO = SpotSymbolsTestData.EXCHANGE_INFO;

    @Test
    @DisplayName("exchangeInfo: precisions as numbers or strings; padded decimals; odd asset codes left out")
    void exchangeInfo() {
        List<SpotSymbolInfo> infos = SpotExchangeInfo.parse(EXCHANGE_INFO);
        assertThat(infos).hasSize(3);
        SpotSymbolInfo btc = infos.get(0);
        assertThat(btc.symbol()).isEqualTo(Symbol.of("BTC", "USDT"));
        assertThat(btc.venueSymbol()).isEqualTo("BTCUSDT");
        assertThat(btc.online()).isTrue();
        assertThat(btc.apiTradingAllowed()).isTrue();
        assertThat(btc.tickSize()).isEqualTo(Decimal.parse("0.01"));
        assertThat(btc.lotSize()).isEqualTo(Decimal.parse("0.000001"));
        assertThat(btc.minSize()).isEqualTo(Decimal.parse("0.000001"));
        assertThat(btc.minNotional()).isEqualTo(Decimal.ofLong(1));
        SpotSymbolInfo ribbit = infos.get(1);
        assertThat(ribbit.online()).isTrue();
        assertThat(ribbit.apiTradingAllowed()).isFalse();
        assertThat(ribbit.tickSize()).isEqualTo(Decimal.of(1, 12));
        assertThat(ribbit.minSize()).isNull();
        assertThat(infos.get(2).online()).isFalse();
    }

    @Test
    @DisplayName("the directory resolves listed spellings, and unlisted ones on the longest known quote")
    void directory() {
        SpotSymbolDirectory d = new SpotSymbolDirectory();
        assertThat(d.loadedAtMillis()).isZero();
        assertThat(d.resolve("ETHUSDT")).isEqualTo(Symbol.of("ETH", "USDT"));
        d.update(SpotExchangeInfo.parse(EXCHANGE_INFO), 42);
        assertThat(d.loadedAtMillis()).isEqualTo(42);
        assertThat(d.resolve("TOMO3LUSDT")).isEqualTo(Symbol.of("TOMO3L", "USDT"));
        assertThat(d.resolve("NEWUSDC")).isEqualTo(Symbol.of("NEW", "USDC"));
        assertThat(d.resolve("USDT")).isNull();
        assertThat(d.resolve("NOQUOTE")).isNull();
    }

    @Test
    @DisplayName("futures contracts are BASE_QUOTE; anything else is a protocol error")
    void futuresSpelling() {
        assertThat(MexcSymbols.futures(Symbol.of("BTC", "USDT"))).isEqualTo("BTC_USDT");
        assertThat(MexcSymbols.spot(Symbol.of("BTC", "USDT"))).isEqualTo("BTCUSDT");
        assertThat(MexcSymbols.parseFutures("1000PEPE_USDT")).isEqualTo(Symbol.of("1000PEPE", "USDT"));
        assertThatThrownBy(() -> MexcSymbols.parseFutures("BTCUSDT")).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> MexcSymbols.parseFutures("btc_usdt")).isInstanceOf(ProtocolException.class);
    }
}
