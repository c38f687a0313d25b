package io.exwire.cli.e2e;

import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.VenueSimulator;
import io.exwire.testkit.gateio.GateioSimulator;
import io.exwire.testkit.mexc.MexcSimulator;
import org.junit.jupiter.params.provider.Arguments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The venue markets under test, their simulators and the checks every JSON line passes. */
final class Venues {

    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final Symbol ETH = Symbol.of("ETH", "USDT");
    static final List<String> TYPES = List.of("trade", "bbo", "book", "ticker", "order", "ownTrade", "balance",
            "position", "state", "gap", "resynced", "error");

    /** Exact plain decimals without trailing zeros: {@code 0.1}, {@code -12}, {@code 60000.25}. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d*[1-9])?");

    private Venues() {
    }

    /** @return every venue and market of the CLI contract */
    static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of("gateio", MarketType.SPOT),
                Arguments.of("gateio", MarketType.FUTURES),
                Arguments.of("mexc", MarketType.SPOT),
                Arguments.of("mexc", MarketType.FUTURES));
    }

    static VenueSimulator start(String venue, MarketType market, long seed) {
        VenueSimulator simulator = venue.equals("gateio") ? new GateioSimulator(market, seed)
                : new MexcSimulator(market, seed);
        return simulator.start();
    }

    static String lower(MarketType market) {
        return market.name().toLowerCase(Locale.ROOT);
    }

    /** @return a size of one small order: lots of 0.001 on spot, one contract on futures */
    static Decimal smallSize(MarketType market) {
        return Decimal.parse(market == MarketType.SPOT ? "0.001" : "1");
    }

    static Decimal bestBid(VenueSimulator simulator, Symbol symbol) {
        List<PriceLevel> bids = simulator.book(symbol, 1).bids();
        assertThat(bids).isNotEmpty();
        return bids.get(0).price();
    }

    static void assertPlainDecimal(String field, String text) {
        assertThat(text).as(field).matches(PLAIN_DECIMAL);
        assertThat(new BigDecimal(text).toPlainString()).as(field).isEqualTo(text);
    }
}
