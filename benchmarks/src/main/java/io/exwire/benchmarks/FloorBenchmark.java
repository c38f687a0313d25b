package io.exwire.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The floor of PERF-ANCHORS: {@code frame.getBytes(UTF_8)} plus one pass summing the bytes, over exactly the frames
 * the decode benchmarks rotate. For MEXC spot frames, which arrive as bytes, the floor is the byte sum alone. Any
 * decoder of a text frame has to look at every character at least once; this is that cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FloorBenchmark {

    private static final int MASK = Frames.N - 1;

    private final String[] gateioBookTicker = Frames.gateioSpotBookTicker();
    private final String[] gateioTrades = Frames.gateioSpotTrades();
    private final String[] gateioOrderBook = Frames.gateioSpotOrderBookUpdate();
    private final String[] gateioFuturesTrades = Frames.gateioFuturesTrades();
    private final byte[][] mexcAggreDepth = Frames.mexcSpotAggreDepth();
    private final byte[][] mexcAggreDeals = Frames.mexcSpotAggreDeals();
    private final String[] mexcFuturesDepth = Frames.mexcFuturesDepth();
    private final String[] mexcFuturesDeals = Frames.mexcFuturesDeals();
    private int next;

    private static long sum(byte[] bytes) {
        long s = 0;
        for (byte b : bytes) {
            s += b;
        }
        return s;
    }

    private long text(String[] frames) {
        return sum(frames[next++ & MASK].getBytes(StandardCharsets.UTF_8));
    }

    /** @return byte sum; Gate.io {@code spot.book_ticker} */
    @Benchmark
    public long gateioSpotBookTicker() {
        return text(gateioBookTicker);
    }

    /** @return byte sum; Gate.io {@code spot.trades} */
    @Benchmark
    public long gateioSpotTrades() {
        return text(gateioTrades);
    }

    /** @return byte sum; Gate.io {@code spot.order_book_update} 20+20 */
    @Benchmark
    public long gateioSpotOrderBookUpdate20() {
        return text(gateioOrderBook);
    }

    /** @return byte sum; Gate.io {@code futures.trades} */
    @Benchmark
    public long gateioFuturesTrades() {
        return text(gateioFuturesTrades);
    }

    /** @return byte sum; MEXC spot {@code aggre.depth} 20+20 (already bytes) */
    @Benchmark
    public long mexcSpotAggreDepth20() {
        return sum(mexcAggreDepth[next++ & MASK]);
    }

    /** @return byte sum; MEXC spot {@code aggre.deals} (already bytes) */
    @Benchmark
    public long mexcSpotAggreDeals() {
        return sum(mexcAggreDeals[next++ & MASK]);
    }

    /** @return byte sum; MEXC futures {@code push.depth} 20+20 */
    @Benchmark
    public long mexcFuturesDepth20() {
        return text(mexcFuturesDepth);
    }

    /** @return byte sum; MEXC futures {@code push.deal} */
    @Benchmark
    public long mexcFuturesDeals() {
        return text(mexcFuturesDeals);
    }
}
