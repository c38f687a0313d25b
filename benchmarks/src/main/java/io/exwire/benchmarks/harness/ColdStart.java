package io.exwire.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.Exchanges;
import io.exwire.testkit.gateio.GateioSimulator;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Initialization in a cold client JVM against a warm venue, the way a trading process starts: a Gate.io spot
 * simulator with {@code --symbols} instruments runs in this JVM and is warmed by in-process initializations (a
 * real venue is always warm); then each run starts a fresh JVM ({@link ColdClient}) that creates a component and
 * initializes it with every symbol on trades, best bid/ask and the book, and reports the time from
 * {@code initialize} to every subscription acked. With a JDK of 25 or later the same runs are repeated with an
 * ahead-of-time cache ({@code -XX:AOTCache}, JEP 483/514) recorded by one training run of the same client.
 *
 * <pre>
 * java -cp benchmarks.jar io.exwire.benchmarks.harness.ColdStart [--symbols 100] [--runs 5] [--out coldstart.json]
 * </pre>
 */
public final class ColdStart {

    private static final int WARMUPS = 30;

    private ColdStart() {
    }

    /**
     * @param args see the class documentation
     * @throws Exception when the simulator or a run fails
     */
    public static void main(String[] args) throws Exception {
        int symbolCount = 100;
        int runs = 5;
        String out = "coldstart.json";
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--symbols" -> symbolCount = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--out" -> out = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        try (GateioSimulator sim = new GateioSimulator(MarketType.SPOT, 42L, LoopbackHarness.instruments(symbolCount))) {
            sim.start();
            List<Symbol> symbols = new ArrayList<>(sim.listedSymbols());
            symbols.sort(Comparator.comparing(Symbol::toString));
            warm(sim, symbols);
            List<String> clientArgs = new ArrayList<>(List.of(sim.websocketUri().toString(), sim.restUri().toString()));
            symbols.forEach(s -> clientArgs.add(s.toString()));
            report.put("command", "java -cp benchmarks/target/benchmarks.jar " + ColdStart.class.getName() + " "
                    + String.join(" ", args));
            report.put("jdk", Runtime.version().toString());
            report.put("symbols", symbols.size());
            report.put("venue_warmed_by_initializations", WARMUPS);
            report.put("plain", runs(List.of(), clientArgs, runs));
            if (Runtime.version().feature() >= 25) {
                Path cache = Files.createTempDirectory("exwire-aot").resolve("client.aot");
                child(List.of("-XX:AOTCacheOutput=" + cache), clientArgs);
                report.put("aot_cache", runs(List.of("-XX:AOTCache=" + cache), clientArgs, runs));
                Files.deleteIfExists(cache);
                Files.deleteIfExists(cache.getParent());
            }
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new File(out), report);
        System.out.println("[coldstart] " + report);
        System.exit(0);
    }

    /** Initializes in-process until the simulator's side is compiled, as a long-running venue's is. */
    private static void warm(GateioSimulator sim, List<Symbol> symbols) throws Exception {
        ExchangeConfig config = ExchangeConfig.builder(ExchangeId.of("gateio"), MarketType.SPOT)
                .websocketUri(sim.websocketUri()).restUri(sim.restUri()).bookDepth(20).build();
        for (int i = 0; i < WARMUPS; i++) {
            try (BasePublicWebsocket ws = Exchanges.publicWebsocket(config, PublicWebsocketHandlers.builder().build())) {
                ws.initialize(symbols, LoopbackHarness.CHANNELS).get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static Map<String, Object> runs(List<String> jvmOptions, List<String> clientArgs, int runs)
            throws Exception {
        List<Double> initialize = new ArrayList<>();
        List<Double> fromMain = new ArrayList<>();
        List<Long> jvmToMain = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            JsonNode r = child(jvmOptions, clientArgs);
            if (!r.path("all_accepted").asBoolean()) {
                throw new IllegalStateException("a cold client's subscriptions were rejected: " + r);
            }
            initialize.add(r.path("initialize_ms").asDouble());
            fromMain.add(r.path("main_to_acked_ms").asDouble());
            jvmToMain.add(r.path("jvm_start_to_main_ms").asLong());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jvm_options", jvmOptions);
        m.put("initialize_to_acked_ms", initialize);
        m.put("initialize_to_acked_median_ms", median(initialize));
        m.put("main_to_acked_ms", fromMain);
        m.put("jvm_start_to_main_ms", jvmToMain);
        return m;
    }

    private static JsonNode child(List<String> jvmOptions, List<String> clientArgs) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdClient.class.getName());
        command.addAll(clientArgs);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String json = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("{\"jvm_start_to_main_ms\"")) {
                    json = line;
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || json == null) {
            p.destroyForcibly();
            throw new IllegalStateException("cold client failed: " + command.subList(0, command.size() - 2));
        }
        return new ObjectMapper().readTree(json);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }
}
