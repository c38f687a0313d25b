package io.exwire.benchmarks.harness;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicWebsocketHandlers;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.Exchanges;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One cold start, run by {@link ColdStart} in a fresh JVM: creates a Gate.io spot public websocket the way an
 * application does and initializes it with the given symbols on {@link LoopbackHarness#CHANNELS}, then prints one
 * line of JSON with the times and exits. Nothing else runs in this JVM first, so the figure includes class loading,
 * linking, interpretation and the JVM's one-time TLS and HTTP client set-up, as a trading process's first
 * subscription does.
 *
 * <pre>
 * java -cp benchmarks.jar io.exwire.benchmarks.harness.ColdClient ws://127.0.0.1:port/ws/v4/ http://127.0.0.1:port SYM1 SYM2 ...
 * </pre>
 */
public final class ColdClient {

    private ColdClient() {
    }

    /**
     * @param args the websocket URI, the REST URI, then the symbols ({@code BASE/QUOTE})
     * @throws Exception when the initialization fails
     */
    public static void main(String[] args) throws Exception {
        long mainNanos = System.nanoTime();
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainMillis = System.currentTimeMillis();
        List<Symbol> symbols = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            symbols.add(Symbol.parse(args[i]));
        }
        ExchangeConfig config = ExchangeConfig.builder(ExchangeId.of("gateio"), MarketType.SPOT)
                .websocketUri(URI.create(args[0]))
                .restUri(URI.create(args[1]))
                .bookDepth(20)
                .build();
        long created;
        long acked;
        boolean allAccepted;
        try (BasePublicWebsocket ws = Exchanges.publicWebsocket(config, PublicWebsocketHandlers.builder().build())) {
            created = System.nanoTime();
            SubscriptionResult result = ws.initialize(symbols, LoopbackHarness.CHANNELS).get(60, TimeUnit.SECONDS);
            acked = System.nanoTime();
            allAccepted = result.allAccepted();
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"jvm_start_to_main_ms\":%d,\"create_ms\":%.1f,\"initialize_ms\":%.1f,\"main_to_acked_ms\":%.1f,"
                        + "\"all_accepted\":%b,\"symbols\":%d}",
                mainMillis - jvmStartMillis, (created - mainNanos) / 1e6, (acked - created) / 1e6,
                (acked - mainNanos) / 1e6, allAccepted, symbols.size()));
        System.exit(0);
    }
}
