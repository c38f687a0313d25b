package io.exwire.gateio.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.gateio.Fixtures;
import io.exwire.testkit.sinks.EventLogSink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path against the exact path: for every public fixture, for canonical frames, and for tens of thousands
 * of mutations of them (whitespace, reordering, corrupted characters, characters above U+00FF, truncation), the
 * protocol with the fast path delivers exactly the events, in order and to the last mantissa and scale, that the
 * protocol without it delivers. Canonical frames must actually take the fast path.
 */
@Timeout(60)
class FastPathTest {

    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final Symbol ETH = Symbol.of("ETH", "USDT");

    static final String BOOK_TICKER = "{\"time\":1732000000,\"time_ms\":1732000000037,\"channel\":\"spot.book_ticker\","
            + "\"event\":\"update\",\"result\":{\"t\":1732000000034,\"u\":48733182,\"s\":\"BTC_USDT\","
            + "\"b\":\"60123.43\",\"B\":\"0.0003341504\",\"a\":\"60123.47\",\"A\":\"1.25\"}}";
    static final String SPOT_TRADE = "{\"time\":1732000000,\"time_ms\":1732000000061,\"channel\":\"spot.trades\","
            + "\"event\":\"update\",\"result\":{\"id\":9309143071,\"id_market\":2390902,\"create_time\":1732000000,"
            + "\"create_time_ms\":\"1732000000053.4578\",\"side\":\"sell\",\"currency_pair\":\"ETH_USDT\","
            + "\"amount\":\"16.4700000000\",\"price\":\"3012.3400000000\",\"range\":\"2390902-2390902\"}}";
    static final String FUTURES_TRADES = "{\"time\":1732000000,\"time_ms\":1732000000123,\"channel\":\"futures.trades\","
            + "\"event\":\"update\",\"result\":[{\"size\":-108,\"id\":27753479,\"create_time\":1732000000,"
            + "\"create_time_ms\":1732000000123,\"price\":\"96.4\",\"contract\":\"BTC_USDT\"},{\"size\":\"2.5\","
            + "\"id\":27753480,\"create_time\":1732000000,\"create_time_ms\":1732000000124,\"price\":\"96.5\","
            + "\"contract\":\"BTC_USDT\",\"is_internal\":true}]}";
    static final String FUTURES_BOOK_TICKER = "{\"time\":1732000000,\"time_ms\":1732000000200,"
            + "\"channel\":\"futures.book_ticker\",\"event\":\"update\",\"result\":{\"t\":1732000000199,\"u\":3502782,"
            + "\"s\":\"ETH_USDT\",\"b\":\"3012.5\",\"B\":37,\"a\":\"3012.6\",\"A\":\"1.5\"}}";
    static final String FUTURES_BOOK = "{\"time\":1732000000,\"time_ms\":1732000000300,"
            + "\"channel\":\"futures.order_book_update\",\"event\":\"update\",\"result\":{\"t\":1732000000299,"
            + "\"s\":\"BTC_USDT\",\"U\":100,\"u\":104,\"b\":[{\"p\":\"96.3\",\"s\":5},{\"p\":\"96.2\",\"s\":0}],"
            + "\"a\":[{\"p\":\"96.6\",\"s\":\"0.5\"}],\"l\":\"100\"}}";

    static String spotBook() {
        StringBuilder sb = new StringBuilder("{\"time\":1732000000,\"time_ms\":1732000000002,"
                + "\"channel\":\"spot.order_book_update\",\"event\":\"update\",\"result\":{\"t\":1732000000000,"
                + "\"e\":\"depthUpdate\",\"E\":1732000000,\"s\":\"BTC_USDT\",\"U\":40000000001,\"u\":40000000005,\"b\":[");
        for (int i = 0; i < 20; i++) {
            sb.append(i == 0 ? "" : ",").append("[\"6012").append(300 - i).append(".4").append(i % 10)
                    .append("\",\"").append(i % 3 == 0 ? "0" : "1.23456" + i).append("\"]");
        }
        sb.append("],\"a\":[");
        for (int i = 0; i < 20; i++) {
            sb.append(i == 0 ? "" : ",").append("[\"6012").append(400 + i).append(".5\",\"0.000").append(7 + i)
                    .append("\"]");
        }
        return sb.append("],\"l\":\"20\"}}").toString();
    }

    static SymbolTable table() {
        SymbolTable table = new SymbolTable();
        table.put("BTC_USDT", BTC);
        table.put("ETH_USDT", ETH);
        return table;
    }

    static GateioPublicProtocol protocol(MarketType market, boolean fast) {
        return new GateioPublicProtocol(ExchangeConfig.builder(ExchangeId.of("gateio"), market).build(), table(),
                fast);
    }

    static FastPath fastPath(MarketType market) {
        ExchangeConfig config = ExchangeConfig.builder(ExchangeId.of("gateio"), market).build();
        SymbolTable table = table();
        return new FastPath(new PublicChannels(market, BookStream.of(config)), new FastBookDecoder(market, table),
                new FastTradeDecoder(market, table), new FastBookTickerDecoder(market, table));
    }

    static final class Pair {
        final MarketType market;
        final GateioPublicProtocol fast;
        final GateioPublicProtocol exact;
        int compared;

        Pair(MarketType market) {
            this.market = market;
            this.fast = protocol(market, true);
            this.exact = protocol(market, false);
        }

        List<String> agree(String frame) {
            EventLogSink viaFast = new EventLogSink();
            EventLogSink viaExact = new EventLogSink();
            fast.onText(frame, 77L, viaFast);
            exact.onText(frame, 77L, viaExact);
            assertThat(viaFast.lines).as("events of %s", frame).isEqualTo(viaExact.lines);
            compared++;
            return viaFast.lines;
        }
    }

    @Test
    @DisplayName("canonical hot-channel frames take the fast path and deliver exact values")
    void canonicalFramesTakeTheFastPath() {
        FastPath spot = fastPath(MarketType.SPOT);
        FastPath futures = fastPath(MarketType.FUTURES);
        for (String frame : List.of(BOOK_TICKER, SPOT_TRADE, spotBook())) {
            assertThat(spot.tryDecode(frame, 1L, new EventLogSink())).as(frame).isTrue();
        }
        for (String frame : List.of(FUTURES_TRADES, FUTURES_BOOK_TICKER, FUTURES_BOOK)) {
            assertThat(futures.tryDecode(frame, 1L, new EventLogSink())).as(frame).isTrue();
        }
        EventLogSink log = new EventLogSink();
        spot.tryDecode(SPOT_TRADE, 5L, log);
        assertThat(log.lines).containsExactly("trade ETH/USDT 9309143071 30123400000000e-10 164700000000e-10 SELL "
                + "1732000000053 5 gateio SPOT");
        log = new EventLogSink();
        futures.tryDecode(FUTURES_TRADES, 5L, log);
        assertThat(log.lines).containsExactly(
                "trade BTC/USDT 27753479 964e-1 108e-0 SELL 1732000000123 5 gateio FUTURES",
                "trade BTC/USDT 27753480 965e-1 25e-1 BUY 1732000000124 5 gateio FUTURES");
        log = new EventLogSink();
        spot.tryDecode(BOOK_TICKER, 5L, log);
        assertThat(log.lines).containsExactly("bbo BTC/USDT 48733182 6012343e-2 3341504e-10 6012347e-2 125e-2 "
                + "1732000000034 5 SPOT");
    }

    @Test
    @DisplayName("control frames, tickers, unknown symbols and odd numbers are declined, delivering nothing")
    void declines() {
        FastPath spot = fastPath(MarketType.SPOT);
        List<String> declined = List.of(
                "{\"time\":1,\"channel\":\"spot.trades\",\"event\":\"subscribe\",\"error\":null,\"result\":{}}",
                "{\"time\":1,\"channel\":\"spot.pong\",\"event\":\"\",\"result\":null}",
                "{\"time\":1,\"channel\":\"spot.tickers\",\"event\":\"update\",\"result\":{}}",
                BOOK_TICKER.replace("BTC_USDT", "XRP_USDT"),
                BOOK_TICKER.replace("\"60123.43\"", "\"6.012343e4\""),
                BOOK_TICKER.replace("\"60123.43\"", "\"\""),
                BOOK_TICKER.replace("\"60123.43\"", "\"1234567890.1234567890\""),
                BOOK_TICKER.replace("BTC_USDT", "BTC_\\u0055SDT"),
                BOOK_TICKER.replace("\"event\":\"update\",", "") ,
                BOOK_TICKER + "x",
                "{\"result\":{},\"channel\":\"spot.book_ticker\",\"event\":\"update\"}",
                BOOK_TICKER.replace("\"s\":\"BTC_USDT\"", "\"s\":\"BTC_USDT\u4E22\""));
        for (String frame : declined) {
            EventLogSink log = new EventLogSink();
            assertThat(spot.tryDecode(frame, 1L, log)).as(frame).isFalse();
            assertThat(log.lines).isEmpty();
        }
    }

    @Test
    @DisplayName("every public fixture decodes to the same events with and without the fast path")
    void fixturesAgree() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int compared = 0;
        for (MarketType market : MarketType.values()) {
            Pair pair = new Pair(market);
            String prefix = market == MarketType.SPOT ? "spot." : "futures.";
            for (String channel : List.of("trades", "book_ticker", "order_book_update", "tickers")) {
                String file = prefix + channel + ".json";
                Iterator<String> names = json.readTree(Fixtures.read(file)).fieldNames();
                while (names.hasNext()) {
                    pair.agree(Fixtures.frame(file, names.next()));
                }
            }
            Iterator<String> names = json.readTree(Fixtures.read("control.json")).fieldNames();
            while (names.hasNext()) {
                pair.agree(Fixtures.frame("control.json", names.next()));
            }
            compared += pair.compared;
        }
        assertThat(compared).isGreaterThan(40);
    }

    private static final String ALPHABET = "0123456789\"\\,:{}[]-.eE+ xnulltruefalse\u0100\u4E22\u0122é\t";

    @Test
    @DisplayName("40,000 mutated hot frames decode to the same events with and without the fast path")
    void mutationsAgree() {
        Random random = new Random(20261125L);
        Pair spot = new Pair(MarketType.SPOT);
        Pair futures = new Pair(MarketType.FUTURES);
        List<String> spotFrames = List.of(BOOK_TICKER, SPOT_TRADE, spotBook());
        List<String> futuresFrames = List.of(FUTURES_TRADES, FUTURES_BOOK_TICKER, FUTURES_BOOK);
        int delivered = 0;
        for (int i = 0; i < 20_000; i++) {
            String s = mutate(spotFrames.get(random.nextInt(spotFrames.size())), random);
            String f = mutate(futuresFrames.get(random.nextInt(futuresFrames.size())), random);
            delivered += deliveredData(spot.agree(s)) + deliveredData(futures.agree(f));
        }
        assertThat(delivered).as("mutations that still deliver data").isGreaterThan(5_000);
    }

    @Test
    @DisplayName("hot frames with members reordered, swapped or missing decode to the same events on both paths")
    void reorderedAndMissingMembersAgree() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(20261207L);
        Pair spot = new Pair(MarketType.SPOT);
        Pair futures = new Pair(MarketType.FUTURES);
        int delivered = 0;
        for (int i = 0; i < 6_000; i++) {
            boolean isSpot = random.nextBoolean();
            List<String> frames = isSpot ? List.of(BOOK_TICKER, SPOT_TRADE, spotBook())
                    : List.of(FUTURES_TRADES, FUTURES_BOOK_TICKER, FUTURES_BOOK);
            ObjectNode frame = (ObjectNode) json.readTree(frames.get(random.nextInt(frames.size())));
            JsonNode result = frame.get("result");
            ObjectNode target = random.nextInt(4) == 0 ? frame
                    : (ObjectNode) (result.isArray() ? result.get(random.nextInt(result.size())) : result);
            rearrange(target, random);
            String text = json.writeValueAsString(frame);
            delivered += deliveredData((isSpot ? spot : futures).agree(text));
        }
        assertThat(delivered).as("variants that still deliver data").isGreaterThan(2_000);
    }

    /** Swaps two members, moves one to the end, shuffles all, or drops one. */
    private static void rearrange(ObjectNode object, Random r) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        switch (r.nextInt(4)) {
            case 0 -> java.util.Collections.swap(names, r.nextInt(names.size()), r.nextInt(names.size()));
            case 1 -> names.add(names.remove(r.nextInt(names.size())));
            case 2 -> java.util.Collections.shuffle(names, r);
            default -> names.remove(r.nextInt(names.size()));
        }
        java.util.Map<String, JsonNode> kept = new java.util.LinkedHashMap<>();
        for (String name : names) {
            kept.put(name, object.get(name));
        }
        object.removeAll();
        object.setAll(kept);
    }

    private static int deliveredData(List<String> lines) {
        return lines.stream().anyMatch(l -> l.startsWith("trade") || l.startsWith("bbo") || l.startsWith("book"))
                ? 1 : 0;
    }

    static String mutate(String frame, Random r) {
        StringBuilder sb = new StringBuilder(frame);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(6)) {
                case 0 -> sb.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 1 -> sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 2 -> sb.deleteCharAt(at);
                case 3 -> whitespace(sb, r);
                case 4 -> sb.setLength(Math.max(1, sb.length() - 1 - r.nextInt(4)));
                default -> digit(sb, at, r);
            }
        }
        return sb.toString();
    }

    /** Whitespace after a structural character, where JSON allows it. */
    private static void whitespace(StringBuilder sb, Random r) {
        for (int tries = 0; tries < 20; tries++) {
            int at = r.nextInt(sb.length());
            if (",:{}[]".indexOf(sb.charAt(at)) >= 0) {
                sb.insert(at + 1, r.nextBoolean() ? " " : "\n\t");
                return;
            }
        }
    }

    /** Changes a digit to another digit (numbers stay valid but change value, length kept). */
    private static void digit(StringBuilder sb, int from, Random r) {
        for (int at = from; at < sb.length(); at++) {
            if (Character.isDigit(sb.charAt(at))) {
                sb.setCharAt(at, (char) ('0' + r.nextInt(10)));
                return;
            }
        }
    }
}
