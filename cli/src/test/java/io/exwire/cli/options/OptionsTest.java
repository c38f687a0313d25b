package io.exwire.cli.options;

import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.cli.control.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class OptionsTest {

    private static final List<String> REQUIRED = List.of("--venue", "gateio", "--market", "spot", "--symbols", "BTC/USDT");

    @Test
    void streamWithEveryOption() {
        StreamOptions o = StreamOptions.parse(List.of("--venue", "mexc", "--market", "futures",
                "--symbols", "btc/usdt, ETH/USDT,BTC/USDT", "--channels", "trades,bbo", "--book-depth", "5",
                "--ws-url", "ws://127.0.0.1:9001/edge", "--rest-url=http://127.0.0.1:9002", "--format", "jsonl",
                "--duration", "30s", "--max-events", "1000"));

        assertThat(o.venue()).isEqualTo(ExchangeId.of("mexc"));
        assertThat(o.market()).isEqualTo(MarketType.FUTURES);
        assertThat(o.symbols()).containsExactly(Symbol.of("BTC", "USDT"), Symbol.of("ETH", "USDT"));
        assertThat(o.channels()).containsExactlyInAnyOrder(PublicChannel.TRADES, PublicChannel.BOOK_TICKER);
        assertThat(o.bookDepth()).isEqualTo(5);
        assertThat(o.endpoints().websocket()).isEqualTo(URI.create("ws://127.0.0.1:9001/edge"));
        assertThat(o.endpoints().rest()).isEqualTo(URI.create("http://127.0.0.1:9002"));
        assertThat(o.format()).isEqualTo(Format.JSONL);
        assertThat(o.limits().duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.limits().maxEvents()).isEqualTo(1000);
    }

    @Test
    void streamDefaults() {
        StreamOptions o = StreamOptions.parse(REQUIRED);

        assertThat(o.channels()).isEqualTo(EnumSet.allOf(PublicChannel.class));
        assertThat(o.bookDepth()).isEqualTo(StreamOptions.DEFAULT_BOOK_DEPTH);
        assertThat(o.endpoints()).isEqualTo(Endpoints.PRODUCTION);
        assertThat(o.format()).isEqualTo(Format.TABLE);
        assertThat(o.limits()).isEqualTo(Limits.NONE);
    }

    @Test
    void channelNamesMapToTheApiChannels() {
        StreamOptions o = StreamOptions.parse(append(REQUIRED, "--channels", "book,trades,bbo,ticker"));

        assertThat(o.channels()).containsExactlyInAnyOrder(PublicChannel.ORDER_BOOK, PublicChannel.TRADES,
                PublicChannel.BOOK_TICKER, PublicChannel.TICKER);
    }

    @Test
    void account() {
        AccountOptions o = AccountOptions.parse(List.of("--venue=gateio", "--market=futures", "--user-id", "12345",
                "--format", "table", "--max-events", "3"));

        assertThat(o.venue()).isEqualTo(ExchangeId.of("gateio"));
        assertThat(o.market()).isEqualTo(MarketType.FUTURES);
        assertThat(o.userIdOverride()).contains("12345");
        assertThat(o.format()).isEqualTo(Format.TABLE);
        assertThat(o.limits().maxEvents()).isEqualTo(3);
        assertThat(AccountOptions.parse(List.of("--venue=mexc", "--market=spot")).userIdOverride()).isEmpty();
    }

    @Test
    void demo() {
        assertThat(DemoOptions.parse(List.of())).isEqualTo(new DemoOptions(null, DemoOptions.DEFAULT_SEED));
        assertThat(DemoOptions.parse(List.of("--duration", "2m", "--seed", "-7")))
                .isEqualTo(new DemoOptions(Duration.ofMinutes(2), -7));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--venue binance                    | --venue must be one of gateio",
            "--market options                   | --market must be spot or futures",
            "--symbols BTCUSDT                  | --symbols: symbol must be BASE/QUOTE",
            "--symbols BTC/USDT,,ETH/USDT       | --symbols has an empty item",
            "--channels book,candles            | --channels takes book, trades, bbo and ticker but got 'candles'",
            "--book-depth 0                     | --book-depth must be between 1 and 1000 but was 0",
            "--book-depth ten                   | --book-depth must be a whole number but was 'ten'",
            "--format csv                       | --format must be table or jsonl but was 'csv'",
            "--duration soon                    | --duration must be a duration like 30s",
            "--duration 0s                      | --duration must be positive",
            "--max-events 0                     | --max-events must be positive but was 0",
            "--ws-url http://127.0.0.1:1/ws     | --ws-url must be a ws://host... or wss://host... URL",
            "--rest-url ws://127.0.0.1:1        | --rest-url must be a http://host... or https://host... URL",
            "--rest-url http://[bad             | --rest-url is not a URL",
            "--api-key abc                      | unknown option --api-key for 'stream'"})
    void streamRejectsWrongArguments(String wrong, String message) {
        String[] option = wrong.trim().split(" ");
        List<String> args = with(option[0], option[1]);

        assertThatThrownBy(() -> StreamOptions.parse(args)).isInstanceOf(UsageException.class).hasMessageContaining(message);
    }

    @Test
    void repeatedOptionsAndPositionalArgumentsAreRefused() {
        assertThatThrownBy(() -> StreamOptions.parse(append(REQUIRED, "--venue", "mexc")))
                .isInstanceOf(UsageException.class).hasMessage("--venue given twice");
        assertThatThrownBy(() -> StreamOptions.parse(append(REQUIRED, "extra")))
                .isInstanceOf(UsageException.class).hasMessage("unexpected argument 'extra' for 'stream'");
        assertThatThrownBy(() -> StreamOptions.parse(append(REQUIRED, "--")))
                .isInstanceOf(UsageException.class).hasMessage("unexpected argument '--' for 'stream'");
    }

    @Test
    void missingValueAndMissingRequiredOptions() {
        assertThatThrownBy(() -> StreamOptions.parse(List.of("--venue", "gateio", "--market")))
                .isInstanceOf(UsageException.class).hasMessage("--market needs a value");
        assertThatThrownBy(() -> StreamOptions.parse(List.of("--venue", "--market", "spot")))
                .isInstanceOf(UsageException.class).hasMessage("--venue needs a value");
        assertThatThrownBy(() -> StreamOptions.parse(List.of("--venue", "gateio", "--market", "spot")))
                .isInstanceOf(UsageException.class).hasMessage("'stream' needs --symbols");
        assertThatThrownBy(() -> AccountOptions.parse(List.of("--market", "spot")))
                .isInstanceOf(UsageException.class).hasMessage("'account' needs --venue");
        assertThatThrownBy(() -> AccountOptions.parse(List.of("--venue", "gateio", "--market", "spot", "--symbols", "X/Y")))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown option --symbols for 'account'");
        assertThatThrownBy(() -> AccountOptions.parse(List.of("--venue", "gateio", "--market", "spot", "--user-id", " ")))
                .isInstanceOf(UsageException.class).hasMessage("--user-id must not be empty");
        assertThatThrownBy(() -> DemoOptions.parse(List.of("--seed", "x")))
                .isInstanceOf(UsageException.class).hasMessage("--seed must be a whole number but was 'x'");
    }

    @ParameterizedTest
    @CsvSource({"30s, 30000", "500ms, 500", "2m, 120000", "1h, 3600000", "90, 90000", "PT1M30S, 90000", "pt2s, 2000"})
    void durations(String text, long millis) {
        assertThat(DurationParser.parse("duration", text)).isEqualTo(Duration.ofMillis(millis));
    }

    /** The required options with one replaced or added. */
    private static List<String> with(String option, String value) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i < REQUIRED.size(); i += 2) {
            options.put(REQUIRED.get(i), REQUIRED.get(i + 1));
        }
        options.put(option, value);
        List<String> args = new java.util.ArrayList<>();
        options.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return args;
    }

    private static List<String> append(List<String> base, String... more) {
        List<String> all = new java.util.ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
