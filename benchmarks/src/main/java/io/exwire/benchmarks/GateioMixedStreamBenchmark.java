package io.exwire.benchmarks;

import io.exwire.api.model.MarketType;
import io.exwire.core.marketdata.PublicProtocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One Gate.io spot connection's stream as it carries all three channels: per eight frames four {@code book_ticker},
 * two {@code order_book_update} (applied to live 100-level books) and two {@code trades}, interleaved
 * ({@code T B T R T B T R}), through one protocol instance, so the channel decoders' call sites see several receivers
 * as they do in production. The single-channel benchmarks ({@link GateioDecodeBenchmark}) are the best case for the
 * JIT; {@code Summary} sets this one against their figures weighted the same way. A class of its own, so that the
 * single-channel forks never run these frames (their setup would feed the JIT's profiles). One op = one frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GateioMixedStreamBenchmark {

    /** Frames in the rotation: each ticker twice, each book update and each trade once. */
    private static final int MIXED = 4 * Frames.N;
    private static final int MASK = Frames.N - 1;

    private final String[] mixed = mixed(Frames.gateioSpotBookTicker(), Frames.gateioSpotOrderBookUpdate(),
            Frames.gateioSpotTrades());
    private PublicProtocol spot;
    private BenchSink sink;
    private int next;
    private long nanos = 1_732_000_000_000_000_000L;

    /** Creates the protocol and live books and checks that every frame decodes cleanly. */
    @Setup(Level.Trial)
    public void setUp() {
        spot = Venues.protocol(Venues.gateio(MarketType.SPOT), true);
        sink = new BenchSink();
        sink.liveBooks(Venues.GATEIO, MarketType.SPOT);
        GateioDecodeBenchmark.check(spot, mixed, sink);
    }

    /** Fails the run if anything but clean decoding happened during it. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sink.verify("gateio mixed", 1);
    }

    /**
     * The per-frame cost the stream would have if interleaving cost nothing: the single-channel figures weighted as
     * {@link #mixed} mixes the channels (two tickers, one book update, one trade in every four frames).
     *
     * @param ticker ns per {@code book_ticker} frame
     * @param book ns per applied {@code order_book_update} frame
     * @param trade ns per {@code trades} frame
     * @return ns per frame
     */
    static double weightedMean(double ticker, double book, double trade) {
        return (2 * ticker + book + trade) / 4;
    }

    static String[] mixed(String[] tickers, String[] books, String[] trades) {
        String[] out = new String[MIXED];
        int t = 0;
        int b = 0;
        int r = 0;
        for (int i = 0; i < MIXED; i++) {
            out[i] = switch (i & 3) {
                case 1 -> books[b++ & MASK];
                case 3 -> trades[r++ & MASK];
                default -> tickers[t++ & MASK];
            };
        }
        return out;
    }

    /** @return checksum; the next frame of the interleaved stream */
    @Benchmark
    public long spotMixed() {
        spot.onText(mixed[next++ & (MIXED - 1)], nanos++, sink);
        return sink.checksum;
    }
}
