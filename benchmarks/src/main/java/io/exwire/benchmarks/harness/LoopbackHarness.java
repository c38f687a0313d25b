package io.exwire.benchmarks.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.exwire.api.ExchangeConfig;
import io.exwire.api.metrics.MetricsSnapshot;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.ConnectionState;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.Exchanges;
import io.exwire.testkit.VenueSimulator;
import io.exwire.testkit.gateio.GateioSimulator;
import io.exwire.testkit.market.InstrumentSpec;
import org.HdrHistogram.Histogram;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The loopback harness: an application ({@link Probe}) using {@link Exchanges#publicWebsocket} exactly as
 * documented, against the testkit's Gate.io spot simulator (a real WebSocket and REST server on 127.0.0.1) in the
 * same JVM. Measures, in order:
 * <ol>
 *   <li>initialization: {@code initialize(symbols, {TRADES, BOOK_TICKER, ORDER_BOOK})} until every subscription is
 *   acknowledged (the returned future), and until every book is live;</li>
 *   <li>end-to-end latency (p50/p99/p99.9) and allocation per message at the given rates, measured in frames per
 *   second received by the component (the simulator's event rate is calibrated to it);</li>
 *   <li>the highest rate sustained without falling behind: no frame dropped, no book gap, ≥ 95 % of the offered
 *   rate received, dispatch-queue lag under 100 ms at the end of the window and p99 receipt → handler under
 *   50 ms;</li>
 *   <li>retained heap of one more component, books excluded ({@link RetainedHeap}, JOL sizes);</li>
 *   <li>reconnection: {@code faults().dropConnections()} until every connection is {@code SUBSCRIBED} again
 *   (every subscription re-acknowledged), and until every book is live again.</li>
 * </ol>
 * Simulator, client reader, dispatcher and the measuring threads share the machine's cores: on a 2-core machine the
 * figures include that contention. Writes a JSON report.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.exwire.benchmarks.harness.LoopbackHarness \
 *     [--symbols 100] [--rates 10000,50000] [--seconds 10] [--warmup 3] [--ladder 10000,...] [--out file.json]
 * </pre>
 */
public final class LoopbackHarness {

    private static final ExchangeId GATEIO = ExchangeId.of("gateio");
    static final Set<PublicChannel> CHANNELS =
            EnumSet.of(PublicChannel.TRADES, PublicChannel.BOOK_TICKER, PublicChannel.ORDER_BOOK);
    private static final String DISPATCHER = "exwire-dispatch-gateio-spot-public";
    private static final int BACKGROUND_EVENTS = 1000;

    private final Options options;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private VenueSimulator sim;
    private List<Symbol> symbols;
    private double framesPerEvent;

    private LoopbackHarness(Options options) {
        this.options = options;
    }

    /**
     * @param args see the class documentation
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        // JOL cannot take field offsets of hidden classes (lambdas) reachable from threads without this
        System.setProperty("jol.magicFieldOffset", "true");
        Options o = Options.parse(args);
        LoopbackHarness h = new LoopbackHarness(o);
        int exit = 0;
        try {
            h.run();
        } catch (Exception | AssertionError e) {
            h.report.put("failed", e.toString());
            e.printStackTrace();
            exit = 1;
        } finally {
            if (h.sim != null) {
                h.sim.close();
            }
            h.write();
        }
        System.exit(exit);
    }

    private void run() throws Exception {
        report.put("machine", machine());
        report.put("command", "java -cp benchmarks/target/benchmarks.jar " + getClass().getName() + " "
                + String.join(" ", options.args));
        sim = newSimulator(options.symbols);
        sim.start();
        symbols = pick(sim.listedSymbols(), options.symbols);
        report.put("simulator", sim.getClass().getSimpleName() + " " + sim.market() + ", listed "
                + sim.listedSymbols().size() + " symbols");
        report.put("symbols_requested", options.symbols);
        report.put("symbols_used", symbols.size());
        report.put("channels", CHANNELS.toString());
        log("symbols used: " + symbols.size() + " of " + options.symbols + " requested (simulator lists "
                + sim.listedSymbols().size() + ")");

        List<Object> inits = new ArrayList<>();
        for (int i = 0; i < options.initRepeats; i++) {
            try (BasePublicWebsocket ws = component()) {
                inits.add(initialize(ws));
            }
            Thread.sleep(300);
        }
        report.put("initialization", inits);

        Probe.reset();
        try (BasePublicWebsocket ws = component()) {
            report.put("main_initialization", initialize(ws));
            calibrate(ws);
            List<Object> rates = new ArrayList<>();
            for (int rate : options.rates) {
                rates.add(window(ws, rate, options.warmup, options.seconds));
            }
            report.put("latency", rates);
            report.put("max_sustained", ladder(ws));
            report.put("retained_heap", retainedHeap(ws));
            report.put("reconnection", reconnections(ws));
            report.put("errors_reported", Probe.ERRORS.get());
            report.put("error_samples", new ArrayList<>(Probe.ERROR_SAMPLES));
            report.put("final_metrics", metricsSummary(ws.performanceMetrics().snapshot()));
        }
    }

    // ---- setup ------------------------------------------------------------------------------------------------

    /** A Gate.io spot simulator listing {@code wanted} instruments (the three defaults plus synthetic ones). */
    private static VenueSimulator newSimulator(int wanted) {
        return new GateioSimulator(MarketType.SPOT, 42L, instruments(wanted));
    }

    static List<InstrumentSpec> instruments(int n) {
        List<InstrumentSpec> out = new ArrayList<>(InstrumentSpec.defaults(MarketType.SPOT));
        for (int i = out.size(); i < n; i++) {
            out.add(new InstrumentSpec(Symbol.of(String.format("S%03d", i), "USDT"), MarketType.SPOT,
                    Decimal.parse("100.00"), Decimal.parse("0.01"), Decimal.parse("0.001"), Decimal.ofLong(1),
                    Decimal.parse("0.001"), Decimal.parse("0.002")));
        }
        return out;
    }

    private static List<Symbol> pick(Set<Symbol> listed, int n) {
        List<Symbol> all = new ArrayList<>(listed);
        all.sort(Comparator.comparing(Symbol::toString));
        return all.subList(0, Math.min(n, all.size()));
    }

    private BasePublicWebsocket component() {
        ExchangeConfig config = ExchangeConfig.builder(GATEIO, MarketType.SPOT)
                .websocketUri(sim.websocketUri())
                .restUri(sim.restUri())
                .bookDepth(20)
                .build();
        return Exchanges.publicWebsocket(config, Probe.handlers());
    }

    /**
     * Books synchronise from the first delta (the REST snapshot is requested when it is buffered), so the simulator
     * streams a background {@value #BACKGROUND_EVENTS} events/s while a component initializes or reconnects, as a
     * venue would.
     */
    private Map<String, Object> initialize(BasePublicWebsocket ws) throws Exception {
        long resyncsBefore = Probe.RESYNCS.get();
        sim.stream(BACKGROUND_EVENTS);
        long t0 = System.nanoTime();
        SubscriptionResult result = ws.initialize(symbols, CHANNELS).get(30, TimeUnit.SECONDS);
        long acked = System.nanoTime();
        boolean live = await(() -> Probe.RESYNCS.get() - resyncsBefore >= symbols.size(), 30_000);
        long booksLive = System.nanoTime();
        sim.stream(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbols", symbols.size());
        m.put("all_accepted", result.allAccepted());
        m.put("rejected", result.rejected().size());
        m.put("subscribed_and_acked_ms", millis(acked - t0));
        m.put("all_books_live_ms", live ? millis(booksLive - t0) : null);
        m.put("connections", ws.performanceMetrics().snapshot().connections());
        log("initialize: acked in " + m.get("subscribed_and_acked_ms") + " ms, books live in "
                + m.get("all_books_live_ms") + " ms, " + m.get("connections") + " connection(s)");
        if (!result.allAccepted()) {
            throw new AssertionError("subscriptions rejected: " + result.rejected());
        }
        return m;
    }

    // ---- throughput and latency -------------------------------------------------------------------------------

    private void calibrate(BasePublicWebsocket ws) throws InterruptedException {
        int eps = 2000;
        sim.stream(eps);
        Thread.sleep(1000);
        long f0 = ws.performanceMetrics().snapshot().messages();
        long t0 = System.nanoTime();
        Thread.sleep(3000);
        long f1 = ws.performanceMetrics().snapshot().messages();
        long t1 = System.nanoTime();
        sim.stream(0);
        framesPerEvent = (f1 - f0) / (eps * ((t1 - t0) / 1e9));
        report.put("frames_per_simulator_event", Math.round(framesPerEvent * 1000) / 1000.0);
        log("calibration: " + report.get("frames_per_simulator_event") + " frames per simulator event");
        drain(ws);
    }

    private Map<String, Object> window(BasePublicWebsocket ws, int framesPerSecond, int warmupSeconds, int seconds)
            throws InterruptedException {
        int eps = Math.max(1, (int) Math.round(framesPerSecond / framesPerEvent));
        sim.stream(eps);
        Thread.sleep(warmupSeconds * 1000L);
        MetricsSnapshot m0 = ws.performanceMetrics().snapshot();
        long e0 = Probe.EVENTS.get();
        long g0 = Probe.GAPS.get();
        Map<Long, long[]> a0 = Allocation.byThread();
        long[] gc0 = gc();
        Probe.E2E.getIntervalHistogram();
        Probe.RECV.getIntervalHistogram();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        MetricsSnapshot m1 = ws.performanceMetrics().snapshot();
        long t1 = System.nanoTime();
        long e1 = Probe.EVENTS.get();
        Histogram e2e = Probe.E2E.getIntervalHistogram();
        Histogram recv = Probe.RECV.getIntervalHistogram();
        Map<Long, long[]> a1 = Allocation.byThread();
        long[] gc1 = gc();
        sim.stream(0);
        double dt = (t1 - t0) / 1e9;
        long frames = m1.messages() - m0.messages();
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("target_frames_per_s", framesPerSecond);
        w.put("simulator_events_per_s", eps);
        w.put("received_frames_per_s", Math.round(frames / dt));
        w.put("handled_events_per_s", Math.round((e1 - e0) / dt));
        w.put("seconds", Math.round(dt * 10) / 10.0);
        w.put("dropped_on_overflow", m1.droppedOnOverflow() - m0.droppedOnOverflow());
        w.put("book_gaps", Probe.GAPS.get() - g0);
        w.put("queue_depth_end", m1.queueDepth());
        w.put("queue_lag_end_ms", millis(m1.queueLagNanos()));
        w.put("e2e_venue_stamp_to_handler", Probe.summary(e2e));
        w.put("receive_to_handler", Probe.summary(recv));
        w.put("allocation", Allocation.perFrame(a0, a1, frames, DISPATCHER));
        w.put("gc_collections", gc1[0] - gc0[0]);
        w.put("gc_time_ms", gc1[1] - gc0[1]);
        w.put("load_average", loadAverage());
        boolean sustained = (long) w.get("dropped_on_overflow") == 0 && (long) w.get("book_gaps") == 0
                && frames / dt >= 0.95 * framesPerSecond && m1.queueLagNanos() < 100_000_000L
                && recv.getValueAtPercentile(99) < 50_000_000L;
        w.put("sustained", sustained);
        log(String.format("rate %,d frames/s: received %,d/s, e2e p50 %s p99 %s p99.9 %s us, recv p50 %s p99 %s us,"
                        + " dispatcher %s B/frame, sustained=%s", framesPerSecond, w.get("received_frames_per_s"),
                Probe.summary(e2e).get("p50_us"), Probe.summary(e2e).get("p99_us"), Probe.summary(e2e).get("p999_us"),
                Probe.summary(recv).get("p50_us"), Probe.summary(recv).get("p99_us"),
                ((Map<?, ?>) w.get("allocation")).get("dispatcher_bytes_per_frame"), sustained));
        drain(ws);
        return w;
    }

    private Map<String, Object> ladder(BasePublicWebsocket ws) throws InterruptedException {
        List<Object> steps = new ArrayList<>();
        int best = 0;
        for (int rate : options.ladder) {
            Map<String, Object> w = window(ws, rate, 2, options.ladderSeconds);
            steps.add(w);
            if (!(boolean) w.get("sustained")) {
                break;
            }
            best = rate;
            Thread.sleep(500);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("highest_sustained_frames_per_s", best);
        m.put("steps", steps);
        log("highest sustained rate: " + best + " frames/s");
        return m;
    }

    private void drain(BasePublicWebsocket ws) throws InterruptedException {
        await(() -> ws.performanceMetrics().snapshot().queueDepth() == 0, 30_000);
        Thread.sleep(300);
    }

    // ---- retained heap ------------------------------------------------------------------------------------------

    private Map<String, Object> retainedHeap(BasePublicWebsocket first) throws Exception {
        try (BasePublicWebsocket second = component()) {
            initialize(second);
            drain(first);
            drain(second);
            int connections = second.performanceMetrics().snapshot().connections();
            return RetainedHeap.measure(first, second, connections, symbols.size());
        }
    }

    // ---- reconnection -----------------------------------------------------------------------------------------

    private List<Object> reconnections(BasePublicWebsocket ws) throws InterruptedException {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < options.reconnectRepeats; i++) {
            Set<Integer> ids = connectionIds();
            long resyncsBefore = Probe.RESYNCS.get();
            sim.stream(BACKGROUND_EVENTS);
            Thread.sleep(200);
            long t0 = System.nanoTime();
            sim.faults().dropConnections();
            boolean back = await(() -> Probe.lastTransitionTo(ConnectionState.RECONNECTING, t0, ids) > 0
                    && Probe.lastTransitionTo(ConnectionState.SUBSCRIBED, t0, ids) > 0
                    && ws.connectionState() == ConnectionState.SUBSCRIBED, 30_000);
            long subscribed = Probe.lastTransitionTo(ConnectionState.SUBSCRIBED, t0, ids);
            boolean live = await(() -> Probe.RESYNCS.get() - resyncsBefore >= symbols.size(), 30_000);
            long booksLive = System.nanoTime();
            sim.stream(0);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("connections", ids.size());
            m.put("resubscribed_and_acked_ms", back ? millis(subscribed - t0) : null);
            m.put("all_books_live_ms", live ? millis(booksLive - t0) : null);
            m.put("timeline", timeline(t0));
            out.add(m);
            log("reconnection: every subscription re-acked in " + m.get("resubscribed_and_acked_ms")
                    + " ms, books live in " + m.get("all_books_live_ms") + " ms");
            Thread.sleep(1000);
        }
        return out;
    }

    /** @return the state transitions since {@code t0}: "+ms conn#id STATE" */
    private static List<String> timeline(long t0) {
        List<String> out = new ArrayList<>();
        for (long[] s : Probe.states()) {
            if (s[0] >= t0) {
                out.add("+" + millis(s[0] - t0) + " ms conn#" + s[1] + " " + ConnectionState.values()[(int) s[2]]);
            }
        }
        return out;
    }

    private static Set<Integer> connectionIds() {
        Set<Integer> ids = new HashSet<>();
        for (long[] s : Probe.states()) {
            if (s[2] == ConnectionState.SUBSCRIBED.ordinal()) {
                ids.add((int) s[1]);
            }
        }
        return ids;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static Map<String, Object> metricsSummary(MetricsSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frames", s.messages());
        m.put("parse_errors", s.parseErrors());
        m.put("unknown_channel", s.unknownChannel());
        m.put("reconnects", s.reconnects());
        m.put("gaps", s.gaps());
        m.put("resyncs", s.resyncs());
        m.put("dropped_on_overflow", s.droppedOnOverflow());
        m.put("receive_to_handled_all_us", List.of(s.receiveToHandled().p50() / 1000.0,
                s.receiveToHandled().p99() / 1000.0, s.receiveToHandled().p999() / 1000.0));
        return m;
    }

    /** @return {collections, collection time ms} of every collector */
    private static long[] gc() {
        long n = 0;
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionCount());
            ms += Math.max(0, b.getCollectionTime());
        }
        return new long[] {n, ms};
    }

    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " CPUs (shared), " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", JDK " + Runtime.version() + ", "
                + ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }

    private static boolean await(java.util.function.BooleanSupplier condition, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    private static void log(String line) {
        System.out.println("[harness] " + line);
    }

    private void write() throws java.io.IOException {
        File out = new File(options.out);
        if (out.getParentFile() != null) {
            out.getParentFile().mkdirs();
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, report);
        log("report written to " + out);
    }

    /** Command-line options. */
    static final class Options {
        String[] args = new String[0];
        int symbols = 100;
        int[] rates = {10_000, 50_000};
        int[] ladder = {10_000, 25_000, 50_000, 100_000, 150_000, 200_000, 300_000, 400_000, 600_000, 800_000};
        int seconds = 10;
        int warmup = 3;
        int ladderSeconds = 5;
        int initRepeats = 3;
        int reconnectRepeats = 3;
        String out = "benchmarks/results/harness.json";

        static Options parse(String[] args) {
            Options o = new Options();
            o.args = args.clone();
            for (int i = 0; i < args.length; i += 2) {
                String v = args[i + 1];
                switch (args[i]) {
                    case "--symbols" -> o.symbols = Integer.parseInt(v);
                    case "--rates" -> o.rates = ints(v);
                    case "--ladder" -> o.ladder = ints(v);
                    case "--seconds" -> o.seconds = Integer.parseInt(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--ladder-seconds" -> o.ladderSeconds = Integer.parseInt(v);
                    case "--init-repeats" -> o.initRepeats = Integer.parseInt(v);
                    case "--reconnect-repeats" -> o.reconnectRepeats = Integer.parseInt(v);
                    case "--out" -> o.out = v;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return o;
        }

        private static int[] ints(String csv) {
            String[] parts = csv.split(",");
            int[] out = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = Integer.parseInt(parts[i].trim());
            }
            return out;
        }
    }
}
