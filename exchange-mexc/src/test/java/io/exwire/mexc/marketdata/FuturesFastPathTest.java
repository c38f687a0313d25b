package io.exwire.mexc.marketdata;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.mexc.testing.Configs;
import io.exwire.testkit.sinks.EventLogSink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path against the exact path: for every futures frame the protocol tests use, for canonical hot pushes,
 * and for tens of thousands of mutations of them (whitespace, reordered or extra members, corrupted characters,
 * characters above U+00FF, truncation, numbers changed in value or form), the protocol with the fast path delivers
 * exactly the events, in order and to the last mantissa and scale, that the protocol without it delivers. Canonical
 * frames must actually take the fast path.
 */
@Timeout(120)
class FuturesFastPathTest {

    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final Symbol ETH = Symbol.of("ETH", "USDT");

    static final String DEPTH = "{\"channel\":\"push.depth\",\"data\":{\"asks\":[[6859.5,3251,1],[6860,0,0]],"
            + "\"bids\":[[6858.25,12,3]],\"version\":96801927},\"symbol\":\"BTC_USDT\",\"ts\":1587442022003}";
    static final String DEPTH_MERGED = "{\"channel\":\"push.depth\",\"data\":{\"asks\":[],\"bids\":[[100.1,5,2]],"
            + "\"begin\":10,\"end\":14,\"version\":14},\"symbol\":\"ETH_USDT\",\"ts\":1}";
    static final String DEPTH_EXTRAS = "{\"channel\":\"push.depth\",\"data\":{\"cts\":1587442022001,"
            + "\"asks\":[[\"6859.5\",\"3251\",1,\"x\"]],\"bids\":[],\"extra\":{\"a\":[1,\"]\"]},\"flag\":true,"
            + "\"none\":null,\"version\":\"96801928\",\"begin\":null,\"end\":null},\"symbol\":\"BTC_USDT\",\"ts\":null}";
    static final String DEAL = "{\"channel\":\"push.deal\",\"data\":[{\"M\":1,\"O\":1,\"T\":1,\"p\":6866.5,"
            + "\"t\":1587442049632,\"v\":2096,\"i\":16435741160}],\"symbol\":\"BTC_USDT\",\"ts\":1587442022003}";
    static final String TOP = "{\"channel\":\"push.depth.full\",\"data\":{\"asks\":[[6866.5,10,1],[6867,5,1]],"
            + "\"bids\":[[6865,7,2],[6864,1,1]],\"version\":42},\"symbol\":\"BTC_USDT\",\"ts\":9}";
    static final String TICKER = "{\"channel\":\"push.ticker\",\"data\":{\"ask1\":6866.5,\"bid1\":6865,"
            + "\"lastPrice\":6865.5,\"riseFallRate\":-0.0424,\"symbol\":\"BTC_USDT\",\"timestamp\":1587442022003,"
            + "\"volume24\":164586129},\"symbol\":\"BTC_USDT\",\"ts\":1587442022004}";

    /** Every futures frame of the protocol tests: pushes of every channel, acks, errors, pongs, odd shapes. */
    static final List<String> FIXTURES = List.of(DEPTH, DEPTH_MERGED, DEPTH_EXTRAS, DEAL, TOP, TICKER,
            "{\"channel\":\"push.depth\",\"data\":{\"asks\":[],\"bids\":[],\"begin\":15,\"end\":17},"
                    + "\"symbol\":\"ETH_USDT\",\"ts\":2}",
            "{\"channel\":\"push.depth\",\"data\":{\"asks\":[],\"bids\":[]},\"symbol\":\"BTC_USDT\"}",
            "{\"channel\":\"push.depth\",\"data\":{\"asks\":[],\"bids\":[],\"begin\":9,\"end\":8},\"symbol\":\"BTC_USDT\"}",
            "{\"channel\":\"push.depth\",\"data\":{\"asks\":[[1,2,3]],\"version\":5},\"symbol\":\"XRP_USDT\",\"ts\":1}",
            "{\"channel\":\"push.depth\",\"data\":{\"asks\":[[1,2,3]],\"version\":5},\"ts\":1}",
            "{\"data\":{\"asks\":[[1,2,3]],\"version\":5},\"channel\":\"push.depth\",\"symbol\":\"BTC_USDT\",\"ts\":1}",
            "{\"channel\":\"push.depth\",\"data\":{\"asks\":[[1e2,2,3]],\"version\":5},\"symbol\":\"BTC_USDT\",\"ts\":1}",
            "{\"channel\":\"push.depth\",\"data\":{\"asks\":[[1,2]],\"version\":5},\"symbol\":\"BTC_USDT\",\"ts\":1} ",
            "{\"channel\":\"push.depth\",\"data\":{\"asks\":[[1,2]],\"version\":5},\"symbol\":\"BTC_USDT\",\"ts\":1}x",
            "{\"channel\":\"push.depth\",\"data\":{\"asks\":[[1,2]],\"version\":5},\"symbol\":\"BTC_USDT\",\"id\":1}",
            "{\"channel\":\"push.depth\",\"data\":[],\"symbol\":\"BTC_USDT\",\"ts\":1}",
            "{\"channel\":\"push.depth\",\"data\":\"success\",\"symbol\":\"BTC_USDT\",\"ts\":1}",
            "{\"channel\":\"push.depth\",\"symbol\":\"BTC_USDT\",\"ts\":1}",
            "{}",
            "[]",
            DEPTH.replace("96801927", "-3"),
            "{\"channel\":\"push.deal\",\"data\":[{\"M\":2,\"O\":3,\"T\":2,\"p\":\"6866.4\",\"t\":1587442049633,"
                    + "\"v\":\"3\",\"i\":\"16435741161\"}],\"symbol\":\"BTC_USDT\",\"ts\":1587442022003}",
            "{\"channel\":\"push.deal\",\"data\":{\"M\":1,\"O\":1,\"T\":2,\"p\":0.707,\"t\":5,\"v\":1},"
                    + "\"symbol\":\"ETH_USDT\",\"ts\":6}",
            "{\"channel\":\"push.deal\",\"data\":[{\"T\":3,\"p\":1,\"t\":1,\"v\":1}],\"symbol\":\"BTC_USDT\"}",
            "{\"channel\":\"push.deal\",\"data\":[{",
            "{\"channel\":\"push.kline\",\"data\":{\"a\":1},\"symbol\":\"BTC_USDT\"}",
            "{\"channel\":\"push.ticker\",\"data\":{\"symbol\":\"ETH_USDT\",\"lastPrice\":3000.5},\"ts\":1}",
            "{\"channel\":\"rs.sub.deal\",\"data\":\"success\",\"ts\":1587442022003}",
            "{\"channel\":\"rs.sub.depth\",\"data\":\"success\",\"ts\":\"1587442022003\"}",
            "{\"channel\":\"rs.error\",\"data\":\"Contract [NOPE_USDT] not exists\",\"ts\":1}",
            "{\"channel\":\"rs.error\",\"data\":\"more than 60 seconds no response, close the channel\"}",
            "{\"channel\":\"pong\",\"data\":1587453241453}",
            "{\"channel\":\"pong\",\"data\":1587453241453,\"ts\":1587453241453}");

    /** A 20+20-level push like the venue's, prices with one or two decimals or none, sizes whole. */
    static String depth20(Random r, boolean btc) {
        StringBuilder sb = new StringBuilder(1000).append("{\"channel\":\"push.depth\",\"data\":{\"asks\":[");
        long mid = btc ? 9_746_310 : 301_234;
        for (int side = 0; side < 2; side++) {
            for (int i = 0; i < 20; i++) {
                long ticks = mid + (side == 0 ? 1 + i : -1 - i) * (1 + r.nextInt(3));
                String price = ticks / 100 + (ticks % 100 == 0 ? "" : ticks % 10 == 0 ? "." + ticks % 100 / 10
                        : "." + String.format("%02d", ticks % 100));
                int size = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(50_000);
                sb.append(i == 0 ? "" : ",").append('[').append(price).append(',').append(size).append(',')
                        .append(size == 0 ? 0 : 1 + r.nextInt(9)).append(']');
            }
            sb.append(side == 0 ? "],\"bids\":[" : "]");
        }
        return sb.append(",\"version\":").append(1_000_000_000L + r.nextInt(1_000_000)).append("},\"symbol\":\"")
                .append(btc ? "BTC_USDT" : "ETH_USDT").append("\",\"ts\":").append(1_732_000_000_000L + r.nextInt())
                .append('}').toString();
    }

    static SymbolTable table() {
        SymbolTable table = new SymbolTable();
        table.put("BTC_USDT", BTC);
        table.put("ETH_USDT", ETH);
        return table;
    }

    static MexcFuturesPublicProtocol protocol(boolean fast) {
        return new MexcFuturesPublicProtocol(Configs.of(MarketType.FUTURES, Map.of()), table(), fast);
    }

    static FuturesFastPath fastPath() {
        return new FuturesFastPath(table(), new FastDepthDecoder(), new FastDealDecoder());
    }

    static final class Pair {
        final MexcFuturesPublicProtocol fast = protocol(true);
        final MexcFuturesPublicProtocol exact = protocol(false);
        int compared;

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
    @DisplayName("canonical push.depth frames take the fast path and deliver exact values")
    void canonicalFramesTakeTheFastPath() {
        FuturesFastPath fast = fastPath();
        Random r = new Random(7);
        List<String> frames = new ArrayList<>(List.of(DEPTH, DEPTH_MERGED, DEPTH_EXTRAS));
        for (int i = 0; i < 50; i++) {
            frames.add(depth20(r, r.nextBoolean()));
        }
        for (String frame : frames) {
            assertThat(fast.tryDecode(frame, 1L, new EventLogSink())).as(frame).isTrue();
        }
        EventLogSink log = new EventLogSink();
        fast.tryDecode(DEPTH, 5L, log);
        assertThat(log.lines).containsExactly("book BTC/USDT false 96801927 96801927 1587442022003 5 bids 685825e-2/12e-0"
                + " asks 68595e-1/3251e-0 6860e-0/0e-0");
        log = new EventLogSink();
        fast.tryDecode(DEPTH_MERGED, 6L, log);
        assertThat(log.lines).containsExactly("book ETH/USDT false 10 14 1 6 bids 1001e-1/5e-0 asks");
        log = new EventLogSink();
        fast.tryDecode(DEPTH_EXTRAS, 7L, log);
        assertThat(log.lines).containsExactly("book BTC/USDT false 96801928 96801928 0 7 bids asks 68595e-1/3251e-0");
    }

    @Test
    @DisplayName("canonical push.deal frames take the fast path and deliver exactly the exact path's trades")
    void dealsTakeTheFastPath() {
        FuturesFastPath fast = fastPath();
        Pair pair = new Pair();
        Random r = new Random(9);
        List<String> frames = new ArrayList<>(List.of(DEAL, DEAL.replace("\"i\":16435741160", "\"i\":null"), DEAL.replace(",\"i\":16435741160", ""),
                DEAL.replace("\"p\":6866.5", "\"p\":\"6866.5\"").replace("2096", "\"-2096\"")));
        for (int i = 0; i < 50; i++) {
            frames.add(deals(r));
        }
        for (String frame : frames) {
            assertThat(fast.tryDecode(frame, 1L, new EventLogSink())).as(frame).isTrue();
            assertThat(pair.agree(frame)).as(frame).isNotEmpty().allMatch(line -> line.startsWith("trade "));
        }
        String broken = DEAL.replace("[{", "[").replace("}]", "]");
        assertThat(fast.tryDecode(broken, 1L, new EventLogSink())).as(broken).isFalse();
        EventLogSink log = new EventLogSink();
        assertThat(fast.tryDecode(DEAL, 5L, log)).isTrue();
        EventLogSink exact = new EventLogSink();
        protocol(false).onText(DEAL, 5L, exact);
        assertThat(log.lines).hasSize(1).isEqualTo(exact.lines);
        assertThat(log.lines.get(0)).contains("BTC/USDT").contains("16435741160").contains("1587442049632");
        log = new EventLogSink();
        assertThat(fast.tryDecode("{\"channel\":\"push.deal\",\"data\":[],\"symbol\":\"ETH_USDT\",\"ts\":1}", 5L, log))
                .isTrue();
        assertThat(log.lines).isEmpty();
    }

    /** A push.deal of one to four deals in the venue's member order, prices with or without decimals. */
    static String deals(Random r) {
        StringBuilder sb = new StringBuilder(400).append("{\"channel\":\"push.deal\",\"data\":[");
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            long ticks = 9_746_310 + r.nextInt(200) - 100;
            sb.append(i == 0 ? "" : ",").append("{\"M\":").append(1 + r.nextInt(2)).append(",\"O\":")
                    .append(1 + r.nextInt(3)).append(",\"T\":").append(1 + r.nextInt(2)).append(",\"p\":")
                    .append(ticks / 100).append(ticks % 100 == 0 ? "" : "." + String.format("%02d", ticks % 100))
                    .append(",\"t\":").append(1_732_000_000_000L + r.nextInt(1_000_000)).append(",\"v\":")
                    .append(1 + r.nextInt(50_000)).append(",\"i\":").append(16_435_741_160L + r.nextInt(1_000_000))
                    .append('}');
        }
        return sb.append("],\"symbol\":\"").append(r.nextBoolean() ? "BTC_USDT" : "ETH_USDT")
                .append("\",\"ts\":").append(1_732_000_000_000L + r.nextInt()).append('}').toString();
    }

    @Test
    @DisplayName("control frames, other channels, unknown symbols and odd shapes are declined, delivering nothing")
    void declines() {
        FuturesFastPath fast = fastPath();
        List<String> declined = new ArrayList<>(FIXTURES.subList(3, FIXTURES.size()));
        declined.removeIf(f -> f.contains("\"begin\":15") || f.contains("-3") || f.endsWith(" ")
                || f.startsWith("{\"channel\":\"push.deal\",\"data\":[{\"M\"")
                || f.startsWith("{\"channel\":\"push.deal\",\"data\":{"));
        declined.addAll(List.of(
                DEPTH.replace("6859.5", "6.8595e3"),
                DEPTH.replace("6859.5", "\"\""),
                DEPTH.replace("6859.5", "1234567890.1234567890"),
                DEPTH.replace("BTC_USDT", "BTC_\\u0055SDT"),
                DEPTH.replace("BTC_USDT", "BTC_USDT\u4E22"),
                DEPTH.replace("\"ts\"", "\"ts\":1,\"ts\""),
                DEPTH.replace("[6860,0,0]", "[6860,0,.5]"),
                DEPTH.replace("[6860,0,0]", "[6860 0 0]"),
                DEPTH.replace("[6860,0,0]", "[6860]"),
                DEPTH.replace("96801927", "0"),
                DEPTH.replace("96801927", "1.5"),
                DEPTH.replace("\"bids\":[[6858.25,12,3]]", "\"bids\":null"),
                DEPTH.replace("\"version\"", "\"vers\\u0069on\""),
                DEAL.replace("\"T\":1", "\"T\":0"),
                DEAL.replace("\"T\":1", "\"T\":4294967297"),
                DEAL.replace("\"T\":1,", ""),
                DEAL.replace("\"p\":6866.5,", ""),
                DEAL.replace(",\"v\":2096", ""),
                DEAL.replace("2096", "2.5e3"),
                DEAL.replace("16435741160", "\"x\""),
                DEAL.replace("16435741160", "1.5"),
                DEAL.replace("1587442049632", "null"),
                DEAL.replace("[{", "[null,{"),
                DEAL.replace("}]", "},]"),
                DEAL.replace("\"data\":[", "\"data\":[[").replace("}]", "}]]")));
        for (String frame : declined) {
            EventLogSink log = new EventLogSink();
            assertThat(fast.tryDecode(frame, 1L, log)).as(frame).isFalse();
            assertThat(log.lines).isEmpty();
        }
    }

    @Test
    @DisplayName("every futures frame of the protocol tests decodes to the same events with and without the fast path")
    void fixturesAgree() {
        Pair pair = new Pair();
        Random r = new Random(11);
        for (String frame : FIXTURES) {
            pair.agree(frame);
        }
        for (int i = 0; i < 200; i++) {
            assertThat(pair.agree(depth20(r, r.nextBoolean()))).singleElement().asString().startsWith("book ");
        }
        assertThat(pair.compared).isGreaterThan(FIXTURES.size());
    }

    private static final String ALPHABET = "0123456789\"\\,:{}[]-.eE+ xnulltruefalse\u0100\u4E22\u0122é\t";
    private static final List<String> MEMBERS = List.of("\"cts\":1587442022001,", "\"begin\":10,", "\"end\":null,",
            "\"version\":\"7\",", "\"x\":[1,{\"y\":\"]\"}],", "\"asks\":[[1,2,3]],", "\"bids\":[],", "\"ts\":5,",
            "\"symbol\":\"ETH_USDT\",", "\"channel\":\"push.depth\",", "\"data\":{},", "\"id\":1,",
            "\"channel\":\"push.deal\",", "\"p\":7.25,", "\"v\":\"9\",", "\"T\":2,", "\"t\":null,", "\"i\":null,");

    @Test
    @DisplayName("40,000 mutated frames decode to the same events with and without the fast path")
    void mutationsAgree() {
        Random random = new Random(20261125L);
        Pair pair = new Pair();
        List<String> frames = new ArrayList<>(List.of(DEPTH, DEPTH_MERGED, DEPTH_EXTRAS, DEAL, TOP, TICKER));
        int delivered = 0;
        for (int i = 0; i < 40_000; i++) {
            String base = i % 4 == 0 ? frames.get(random.nextInt(frames.size()))
                    : i % 4 == 1 ? deals(random) : depth20(random, random.nextBoolean());
            delivered += deliveredBook(pair.agree(mutate(base, random)));
        }
        assertThat(delivered).as("mutations that still deliver a book").isGreaterThan(5_000);
    }

    private static int deliveredBook(List<String> lines) {
        return lines.stream().anyMatch(l -> l.startsWith("book")) ? 1 : 0;
    }

    static String mutate(String frame, Random r) {
        StringBuilder sb = new StringBuilder(frame);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(9)) {
                case 0 -> sb.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 1 -> sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 2 -> sb.deleteCharAt(at);
                case 3 -> whitespace(sb, r);
                case 4 -> sb.setLength(Math.max(1, sb.length() - 1 - r.nextInt(4)));
                case 5 -> digit(sb, at, r, "0123456789");
                case 6 -> digit(sb, at, r, "-.eE+\"n");
                case 7 -> member(sb, r);
                default -> quote(sb, at);
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

    /** Replaces the first digit from {@code from} on with one of {@code chars}. */
    private static void digit(StringBuilder sb, int from, Random r, String chars) {
        for (int at = from; at < sb.length(); at++) {
            if (Character.isDigit(sb.charAt(at))) {
                sb.setCharAt(at, chars.charAt(r.nextInt(chars.length())));
                return;
            }
        }
    }

    /** Inserts a member (new, duplicate or out of order) after an object's opening brace. */
    private static void member(StringBuilder sb, Random r) {
        int at = sb.indexOf("{", r.nextInt(sb.length()));
        if (at >= 0) {
            sb.insert(at + 1, MEMBERS.get(r.nextInt(MEMBERS.size())));
        }
    }

    /** Quotes the bare number starting at or after {@code from}, as the venue's REST answers do. */
    private static void quote(StringBuilder sb, int from) {
        int start = from;
        while (start < sb.length() && !Character.isDigit(sb.charAt(start))) {
            start++;
        }
        if (start == 0 || start == sb.length() || sb.charAt(start - 1) == '"' || Character.isDigit(sb.charAt(start - 1))) {
            return;
        }
        int end = start;
        while (end < sb.length() && (Character.isDigit(sb.charAt(end)) || sb.charAt(end) == '.')) {
            end++;
        }
        sb.insert(end, '"').insert(start, '"');
    }
}
