package io.exwire.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result ({@code -rf json}) and the loopback harness report into the Markdown table of
 * {@code docs/BENCHMARKS.md}: figure, target, measured, met. JMH figures are the median of the measurement
 * iterations (ns/op) and of {@code gc.alloc.rate.norm} (B/op); ratios are between figures of the same run.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.exwire.benchmarks.Summary jmh.json [harness.json [cputime.json [coldstart.json]]]
 * </pre>
 */
public final class Summary {

    private static final String G = "io.exwire.benchmarks.GateioDecodeBenchmark.";
    private static final String M = "io.exwire.benchmarks.MexcDecodeBenchmark.";
    private static final String B = "io.exwire.benchmarks.BaselineXChangeStyleBenchmark.";
    private static final String F = "io.exwire.benchmarks.FloorBenchmark.";
    private static final String P = "io.exwire.benchmarks.PrototypeDecodeBenchmark.";
    private static final String A = "io.exwire.benchmarks.BookApplyBenchmark.";
    private static final String W = "io.exwire.benchmarks.LevelWalkBound.";
    private static final String X = "io.exwire.benchmarks.GateioMixedStreamBenchmark.";

    private final Map<String, double[]> jmh = new HashMap<>();
    /** Per benchmark, the median of each fork's iterations (JIT decisions differ between JVMs). */
    private final Map<String, double[]> forks = new HashMap<>();
    private final Map<String, Double> cpu = new HashMap<>();
    /** {@link CpuTimeCheck}'s process CPU per operation: the thread's plus the collector's work it caused. */
    private final Map<String, Double> processCpu = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private Summary() {
    }

    /**
     * @param args the JMH JSON file, then optionally the harness JSON file, the {@link CpuTimeCheck} JSON file and the
     *     {@link io.exwire.benchmarks.harness.ColdStart} JSON file
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Summary s = new Summary();
        ObjectMapper mapper = new ObjectMapper();
        s.readJmh(mapper.readTree(new File(args[0])));
        if (args.length > 2 && new File(args[2]).isFile()) {
            mapper.readTree(new File(args[2])).fields().forEachRemaining(e -> {
                s.cpu.put(e.getKey(), e.getValue().path("median_ns").asDouble());
                if (e.getValue().has("process_median_ns")) {
                    s.processCpu.put(e.getKey(), e.getValue().path("process_median_ns").asDouble());
                }
            });
        }
        s.decodeTable();
        if (args.length > 1 && new File(args[1]).isFile()) {
            JsonNode cold = args.length > 3 && new File(args[3]).isFile() ? mapper.readTree(new File(args[3])) : null;
            s.harnessTable(mapper.readTree(new File(args[1])), cold);
        }
        System.out.print(s.out);
    }

    private void readJmh(JsonNode results) {
        for (JsonNode r : results) {
            double[] perFork = forkMedians(r.path("primaryMetric").path("rawData"));
            double ns = median(perFork);
            forks.put(r.path("benchmark").asText(), perFork);
            double bytes = Double.NaN;
            Iterator<Map.Entry<String, JsonNode>> it = r.path("secondaryMetrics").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    bytes = median(e.getValue().path("rawData"));
                }
            }
            jmh.put(r.path("benchmark").asText(), new double[] {ns, bytes});
        }
    }

    private static double[] forkMedians(JsonNode rawData) {
        double[] out = new double[rawData.size()];
        for (int i = 0; i < out.length; i++) {
            List<Double> v = new ArrayList<>();
            rawData.get(i).forEach(x -> v.add(x.asDouble()));
            out[i] = median(v);
        }
        return out;
    }

    private static double median(double[] values) {
        List<Double> v = new ArrayList<>();
        for (double d : values) {
            v.add(d);
        }
        return median(v);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(Double::compare);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** @return " (forks a / b / c)" when the run had more than one fork */
    private String forkNote(String name) {
        double[] f = forks.get(name);
        if (f == null || f.length < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (forks ");
        for (int i = 0; i < f.length; i++) {
            sb.append(i == 0 ? "" : " / ").append(fmt(f[i]));
        }
        return sb.append(')').toString();
    }

    private static double median(JsonNode rawData) {
        List<Double> v = new ArrayList<>();
        rawData.forEach(fork -> fork.forEach(x -> v.add(x.asDouble())));
        if (v.isEmpty()) {
            return Double.NaN;
        }
        v.sort(Double::compare);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private double ns(String name) {
        double[] v = jmh.get(name);
        return v == null ? Double.NaN : v[0];
    }

    private double bytes(String name) {
        double[] v = jmh.get(name);
        return v == null ? Double.NaN : v[1];
    }

    private void decodeTable() {
        out.append("### Decode (JMH; per fork the median of its iterations, the figure is the median of the forks; "
                + "B/op from `-prof gc`)\n\n");
        out.append("| figure | target | measured (JMH) | met | CPU-time cross-check (thread; process where the collector adds > 5 %) |\n|---|---|---|---|---|\n");
        decodeRow("Gate.io `spot.book_ticker` parse + dispatch", G + "spotBookTicker", 400, true);
        decodeRow("Gate.io `spot.trades` parse + dispatch", G + "spotTrades", Double.NaN, false);
        decodeRow("Gate.io `spot.order_book_update` 20+20, applied to a live book", G + "spotOrderBookUpdate20", 2000,
                false);
        decodeRow("Gate.io `spot.order_book_update` 20+20, decode only", G + "spotOrderBookUpdate20DecodeOnly",
                Double.NaN, false);
        decodeRow("Gate.io `futures.trades` parse + dispatch", G + "futuresTrades", Double.NaN, false);
        decodeRow("MEXC spot `aggre.depth` (protobuf) 20+20, applied to a live book", M + "spotAggreDepth20", 2000,
                false);
        decodeRow("MEXC spot `aggre.deals` (protobuf) parse + dispatch", M + "spotAggreDeals", Double.NaN, false);
        decodeRow("MEXC futures `push.depth` (JSON) 20+20, applied to a live book", M + "futuresDepth20", Double.NaN,
                false);
        decodeRow("MEXC futures `push.depth` (JSON) 20+20, decode only", M + "futuresDepth20DecodeOnly", Double.NaN,
                false);
        decodeRow("MEXC futures `push.deal` (JSON) parse + dispatch", M + "futuresDeals",
                Double.NaN, false);
        decodeRow("`LocalOrderBook.apply` alone: a 20+20 delta on 100-level books", A + "apply20x20", Double.NaN,
                false);
        decodeRow("`LocalOrderBook.apply` alone: a 1-level delta", A + "apply1", Double.NaN, false);
        decodeRow("Gate.io spot mixed stream, per frame (4 book_ticker : 2 order_book_update applied : 2 trades, "
                + "interleaved on one protocol instance)", X + "spotMixed", Double.NaN, false);
        out.append('\n');
        mixedNote();
        out.append("| ratio (same run) | target | exwire | other | ratio | met | CPU-time ratio (thread; process) |\n|---|---|---|---|---|---|---|\n");
        baselineRow("book_ticker", "spotBookTicker");
        baselineRow("trades", "spotTrades");
        baselineRow("order_book_update 20+20", "spotOrderBookUpdate20");
        floorRow("Gate.io book_ticker", G + "spotBookTicker", F + "gateioSpotBookTicker");
        floorRow("Gate.io trades", G + "spotTrades", F + "gateioSpotTrades");
        floorRow("Gate.io order_book_update 20+20 (applied)", G + "spotOrderBookUpdate20",
                F + "gateioSpotOrderBookUpdate20");
        floorRow("Gate.io order_book_update 20+20 (decode only)", G + "spotOrderBookUpdate20DecodeOnly",
                F + "gateioSpotOrderBookUpdate20");
        floorRow("Gate.io futures.trades", G + "futuresTrades", F + "gateioFuturesTrades");
        floorRow("MEXC futures push.depth 20+20 (applied)", M + "futuresDepth20", F + "mexcFuturesDepth20");
        floorRow("MEXC futures push.depth 20+20 (decode only)", M + "futuresDepth20DecodeOnly",
                F + "mexcFuturesDepth20");
        floorRow("MEXC futures push.deal", M + "futuresDeals", F + "mexcFuturesDeals");
        out.append("\nFloor of MEXC spot binary frames (byte sum, no encoding): aggre.depth ")
                .append(fmt(ns(F + "mexcSpotAggreDepth20"))).append(" ns, aggre.deals ")
                .append(fmt(ns(F + "mexcSpotAggreDeals")))
                .append(" ns; no 5× target applies (the floor has no UTF-8 encoding step there).\n");
        if (jmh.containsKey(P + "spotBookTicker")) {
            out.append("\nPrototype (`SinglePassPrototype`, benchmarks module only, same frames, same run): "
                    + "one pass over the frame's bytes.\n\n");
            out.append("| figure | production | prototype | prototype vs floor | prototype vs baseline |\n"
                    + "|---|---|---|---|---|\n");
            protoRow("Gate.io book_ticker", "spotBookTicker", F + "gateioSpotBookTicker", B + "spotBookTicker");
            protoRow("Gate.io order_book_update 20+20 (applied)", "spotOrderBookUpdate20",
                    F + "gateioSpotOrderBookUpdate20", B + "spotOrderBookUpdate20");
            protoRow("Gate.io order_book_update 20+20 (decode only)", "spotOrderBookUpdate20DecodeOnly",
                    F + "gateioSpotOrderBookUpdate20", null);
        }
        if (jmh.containsKey(W + "gateioSpotLevels")) {
            out.append("\nLower bound (`LevelWalkBound`, same run): a minimal scalar walk of the 20 + 20 levels alone, "
                    + "frames already bytes, no header, no validation, no dispatch. What the 5× floor leaves for "
                    + "a whole book frame, next to what walking its levels alone costs:\n\n");
            out.append("| frame | floor | 5× floor | level walk alone | walk vs floor | production decode-only |\n"
                    + "|---|---|---|---|---|---|\n");
            walkRow("Gate.io order_book_update 20+20", "gateioSpotLevels", F + "gateioSpotOrderBookUpdate20",
                    G + "spotOrderBookUpdate20DecodeOnly");
            walkRow("MEXC futures push.depth 20+20", "mexcFuturesLevels", F + "mexcFuturesDepth20",
                    M + "futuresDepth20DecodeOnly");
        }
        out.append("\nBaseline B/op (XChange-style reproduction): book_ticker ").append(fmt(bytes(B + "spotBookTicker")))
                .append(", trades ").append(fmt(bytes(B + "spotTrades"))).append(", order_book_update ")
                .append(fmt(bytes(B + "spotOrderBookUpdate20"))).append(".\n\n");
    }

    private void decodeRow(String figure, String name, double targetNs, boolean zeroAlloc) {
        double ns = ns(name);
        double b = bytes(name);
        String target = Double.isNaN(targetNs) ? "—" : "≤ " + fmt(targetNs) + " ns" + (zeroAlloc ? ", 0 B/op" : "");
        String met = Double.isNaN(targetNs) ? "—"
                : yes(ns <= targetNs && (!zeroAlloc || (!Double.isNaN(b) && b < 1.0)));
        Double c = cpu.get(name);
        out.append("| ").append(figure).append(" | ").append(target).append(" | ").append(fmt(ns)).append(" ns")
                .append(forkNote(name)).append(", ")
                .append(fmt(b)).append(" B/op | ").append(met).append(" | ")
                .append(c == null ? "—" : fmt(c) + " ns" + processNote(name)).append(" |\n");
    }

    /** The mixed stream against the single-channel figures weighted as it mixes them. */
    private void mixedNote() {
        double mixed = ns(X + "spotMixed");
        double weighted = GateioMixedStreamBenchmark.weightedMean(ns(G + "spotBookTicker"),
                ns(G + "spotOrderBookUpdate20"), ns(G + "spotTrades"));
        if (!Double.isNaN(mixed) && !Double.isNaN(weighted)) {
            out.append("Mixed stream: ").append(fmt(mixed)).append(" ns per frame against ").append(fmt(weighted))
                    .append(" ns for the single-channel figures weighted the same way (")
                    .append(String.format(Locale.ROOT, "%.2f×", mixed / weighted))
                    .append("): what interleaving the channels on one connection costs.\n\n");
        }
    }

    private void baselineRow(String what, String method) {
        double ours = ns(G + method);
        double base = ns(B + method);
        double ratio = base / ours;
        out.append("| speed-up over XChange-style baseline, ").append(what).append(" | ≥ 10× | ").append(fmt(ours))
                .append(" ns | ").append(fmt(base)).append(" ns | ").append(String.format(Locale.ROOT, "%.1f×", ratio))
                .append(" | ").append(yes(ratio >= 10)).append(" | ").append(cpuRatio(B + method, G + method))
                .append(" |\n");
    }

    private void floorRow(String what, String ours, String floor) {
        double o = ns(ours);
        double f = ns(floor);
        double ratio = o / f;
        out.append("| multiple of the floor, ").append(what).append(" | ≤ 5× | ").append(fmt(o)).append(" ns | ")
                .append(fmt(f)).append(" ns | ").append(String.format(Locale.ROOT, "%.1f×", ratio)).append(" | ")
                .append(yes(ratio <= 5)).append(" | ").append(cpuRatio(ours, floor)).append(" |\n");
    }

    private void protoRow(String what, String method, String floor, String baseline) {
        double p = ns(P + method);
        out.append("| ").append(what).append(" | ").append(fmt(ns(G + method))).append(" ns | ").append(fmt(p))
                .append(" ns, ").append(fmt(bytes(P + method))).append(" B/op | ")
                .append(String.format(Locale.ROOT, "%.1f×", p / ns(floor))).append(" | ")
                .append(baseline == null ? "—" : String.format(Locale.ROOT, "%.1f×", ns(baseline) / p)).append(" |\n");
    }

    private void walkRow(String what, String method, String floor, String production) {
        double walk = ns(W + method);
        double f = ns(floor);
        out.append("| ").append(what).append(" | ").append(fmt(f)).append(" ns | ").append(fmt(5 * f)).append(" ns | ")
                .append(fmt(walk)).append(" ns").append(forkNote(W + method)).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f×", walk / f)).append(" | ").append(fmt(ns(production)))
                .append(" ns |\n");
    }

    private String cpuRatio(String numerator, String denominator) {
        Double n = cpu.get(numerator);
        Double d = cpu.get(denominator);
        if (n == null || d == null) {
            return "—";
        }
        Double pn = processCpu.get(numerator);
        Double pd = processCpu.get(denominator);
        return String.format(Locale.ROOT, "%.1f×", n / d)
                + (pn == null || pd == null ? "" : String.format(Locale.ROOT, " (process %.1f×)", pn / pd));
    }

    /** The process CPU per operation where it exceeds the thread's by more than 5 % (the collector's share). */
    private String processNote(String name) {
        Double thread = cpu.get(name);
        Double process = processCpu.get(name);
        return process == null || process <= 1.05 * thread ? "" : " (process " + fmt(process) + ")";
    }

    private void harnessTable(JsonNode h, JsonNode coldStart) {
        out.append("### Loopback harness (Gate.io spot simulator in the same JVM)\n\n");
        out.append("Symbols: ").append(h.path("symbols_used").asInt()).append(" used of ")
                .append(h.path("symbols_requested").asInt()).append(" requested (").append(h.path("simulator").asText())
                .append("); channels ").append(h.path("channels").asText()).append(".\n\n");
        if (h.has("failed")) {
            out.append("**Harness failed:** `").append(h.path("failed").asText()).append("`\n\n");
        }
        out.append("| figure | target | measured | met |\n|---|---|---|---|\n");
        List<Double> inits = new ArrayList<>();
        h.path("initialization").forEach(i -> inits.add(i.path("subscribed_and_acked_ms").asDouble()));
        if (h.has("main_initialization")) {
            inits.add(h.path("main_initialization").path("subscribed_and_acked_ms").asDouble());
        }
        if (inits.size() > 1) {
            double cold = inits.get(0);
            List<Double> warm = inits.subList(1, inits.size());
            double worst = warm.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            out.append("| initialization: ").append(h.path("symbols_used").asInt())
                    .append(" symbols × 3 channels subscribed and acked (warm JVM; first in a cold JVM: ")
                    .append(fmt(cold)).append(" ms) | ≤ 300 ms | ").append(warm).append(" ms (worst ")
                    .append(fmt(worst)).append(") | ").append(yes(worst <= 300)).append(cold > 300 ? " (cold ✗)" : "")
                    .append(" |\n");
        }
        if (coldStart != null) {
            coldRow(coldStart.path("plain"), "", coldStart.path("symbols").asInt());
            coldRow(coldStart.path("aot_cache"), ", with an AOT cache (`-XX:AOTCache`, one training run)",
                    coldStart.path("symbols").asInt());
        }
        h.path("latency").forEach(w -> latencyRow(w));
        if (h.has("max_sustained")) {
            out.append("| highest rate sustained without falling behind | — | ")
                    .append(h.path("max_sustained").path("highest_sustained_frames_per_s").asInt())
                    .append(" frames/s | — |\n");
        }
        JsonNode heap = h.path("retained_heap");
        if (heap.has("component_bytes_excluding_books")) {
            long perConn = heap.path("per_connection_bytes_excluding_books").asLong();
            out.append("| retained heap per public connection, books excluded (JOL, marginal component) | ≤ 512 KB | ")
                    .append(String.format(Locale.ROOT, "%.1f", perConn / 1024.0)).append(" KB (")
                    .append(heap.path("connections").asInt()).append(" connection(s), ")
                    .append(heap.path("symbols").asInt()).append(" symbols; their books ")
                    .append(String.format(Locale.ROOT, "%.1f", heap.path("books_bytes").asLong() / 1024.0))
                    .append(" KB) | ").append(yes(perConn <= 512 * 1024)).append(" |\n");
        } else if (heap.has("failed")) {
            out.append("| retained heap per public connection | ≤ 512 KB | failed: `").append(heap.path("failed").asText())
                    .append("` | ✗ |\n");
        }
        List<Double> reconnects = new ArrayList<>();
        h.path("reconnection").forEach(r -> reconnects.add(r.path("resubscribed_and_acked_ms").isNull()
                ? Double.NaN : r.path("resubscribed_and_acked_ms").asDouble()));
        if (!reconnects.isEmpty()) {
            double worst = reconnects.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            out.append("| reconnection: drop → every subscription re-acked | ≤ 500 ms | ").append(reconnects)
                    .append(" ms (worst ").append(fmt(worst)).append(") | ").append(yes(worst <= 500)).append(" |\n");
        }
        out.append('\n');
    }

    /** A {@link io.exwire.benchmarks.harness.ColdStart} mode: a fresh client JVM against a warm simulator. */
    private void coldRow(JsonNode mode, String how, int symbols) {
        if (mode.isMissingNode()) {
            return;
        }
        double median = mode.path("initialize_to_acked_median_ms").asDouble();
        out.append("| initialization in a fresh client JVM").append(how).append(": ").append(symbols)
                .append(" symbols × 3 channels subscribed and acked (venue warm; median of ")
                .append(mode.path("initialize_to_acked_ms").size()).append(" JVMs) | ≤ 300 ms | ")
                .append(mode.path("initialize_to_acked_ms")).append(" ms (median ").append(fmt(median)).append(") | ")
                .append(yes(median <= 300)).append(" |\n");
    }

    private void latencyRow(JsonNode w) {
        JsonNode e2e = w.path("e2e_venue_stamp_to_handler");
        JsonNode recv = w.path("receive_to_handler");
        out.append("| ").append(String.format(Locale.ROOT, "%,d", w.path("target_frames_per_s").asInt()))
                .append(" frames/s offered (").append(String.format(Locale.ROOT, "%,d", w.path("received_frames_per_s").asLong()))
                .append(" received): e2e p50 / p99 / p99.9 (venue stamp → handler, ms-stamp upper bound) | — | ")
                .append(e2e.path("p50_us").asDouble()).append(" / ").append(e2e.path("p99_us").asDouble()).append(" / ")
                .append(e2e.path("p999_us").asDouble()).append(" µs; receipt → handler ")
                .append(recv.path("p50_us").asDouble()).append(" / ").append(recv.path("p99_us").asDouble())
                .append(" / ").append(recv.path("p999_us").asDouble()).append(" µs; dispatcher ")
                .append(w.path("allocation").path("dispatcher_bytes_per_frame").asText()).append(" B/frame; ")
                .append(w.path("sustained").asBoolean() ? "kept up" : "fell behind").append(" | — |\n");
    }

    private static String yes(boolean ok) {
        return ok ? "✓" : "✗ missed";
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
