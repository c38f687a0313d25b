package io.exwire.benchmarks;

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
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The baseline: the same Gate.io frames as {@link GateioDecodeBenchmark} through {@link XChangeStyle}, a
 * reproduction of the XChange-streaming approach (Jackson {@code readTree} → {@code treeToValue} into
 * {@code BigDecimal} DTOs → generic model objects; books as {@code TreeMap<BigDecimal, BigDecimal>} sides). One op =
 * one frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BaselineXChangeStyleBenchmark {

    private static final int MASK = Frames.N - 1;

    private final String[] bookTicker = Frames.gateioSpotBookTicker();
    private final String[] trades = Frames.gateioSpotTrades();
    private final String[] orderBook = Frames.gateioSpotOrderBookUpdate();
    private XChangeStyle path;
    private long checksum;
    private int next;

    /** Loads the generic books and runs every frame once. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        path = new XChangeStyle();
        for (int i = 0; i < Frames.BOOK_SYMBOLS; i++) {
            path.book(i);
        }
        for (int i = 0; i < Frames.N; i++) {
            spotBookTicker();
            spotTrades();
            spotOrderBookUpdate20();
        }
    }

    /** @return checksum; {@code spot.book_ticker} */
    @Benchmark
    public long spotBookTicker() throws Exception {
        path.bookTicker(bookTicker[next++ & MASK], t -> checksum += t.bid().scale() + t.timestamp().getTime());
        return checksum;
    }

    /** @return checksum; {@code spot.trades} */
    @Benchmark
    public long spotTrades() throws Exception {
        path.trade(trades[next++ & MASK], t -> checksum += t.price().scale() + t.type().ordinal());
        return checksum;
    }

    /** @return checksum; {@code spot.order_book_update} 20+20 levels applied to a {@code TreeMap} book */
    @Benchmark
    public long spotOrderBookUpdate20() throws Exception {
        path.orderBookUpdate(orderBook[next++ & MASK], b -> checksum += b.bestBid().scale() + b.bids.size());
        return checksum;
    }
}
