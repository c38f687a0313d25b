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
 * Gate.io's production decode path: {@code PublicProtocol.onText(frame, nanos, sink)} on the protocol instance core
 * would create for a connection, dispatching to a no-op handler ({@link BenchSink}); the order-book benchmarks also
 * apply each update to a live {@code BookSynchronizer}/{@code LocalOrderBook} of 100 levels per side. Each benchmark
 * rotates {@value Frames#N} different frames (see {@link Frames}). One op = one frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GateioDecodeBenchmark {

    private static final int MASK = Frames.N - 1;

    private final String[] bookTicker = Frames.gateioSpotBookTicker();
    private final String[] trades = Frames.gateioSpotTrades();
    private final String[] orderBook = Frames.gateioSpotOrderBookUpdate();
    private final String[] futuresTrades = Frames.gateioFuturesTrades();
    private PublicProtocol spot;
    private PublicProtocol futures;
    private BenchSink sink;
    private BenchSink decodeOnlySink;
    private int next;
    private long nanos = 1_732_000_000_000_000_000L;

    /** Creates the protocols and live books and checks that every frame decodes cleanly. */
    @Setup(Level.Trial)
    public void setUp() {
        spot = Venues.protocol(Venues.gateio(MarketType.SPOT), true);
        futures = Venues.protocol(Venues.gateio(MarketType.FUTURES), true);
        sink = new BenchSink();
        sink.liveBooks(Venues.GATEIO, MarketType.SPOT);
        decodeOnlySink = new BenchSink();
        check(spot, bookTicker, sink);
        check(spot, trades, sink);
        check(spot, orderBook, sink);
        check(futures, futuresTrades, sink);
        check(spot, orderBook, decodeOnlySink);
    }

    static void check(PublicProtocol protocol, String[] frames, BenchSink target) {
        long before = target.events;
        for (String f : frames) {
            protocol.onText(f, 1L, target);
        }
        target.verify(frames[0].substring(0, Math.min(80, frames[0].length())), before + frames.length);
    }

    /** Fails the run if anything but clean decoding happened during it. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sink.verify("gateio", 1);
        decodeOnlySink.verify("gateio decode-only", 1);
    }

    private String frame(String[] frames) {
        return frames[next++ & MASK];
    }

    /** @return checksum; {@code spot.book_ticker} (~200 bytes) */
    @Benchmark
    public long spotBookTicker() {
        spot.onText(frame(bookTicker), nanos++, sink);
        return sink.checksum;
    }

    /** @return checksum; {@code spot.trades}, one trade */
    @Benchmark
    public long spotTrades() {
        spot.onText(frame(trades), nanos++, sink);
        return sink.checksum;
    }

    /** @return checksum; {@code spot.order_book_update} 20+20 levels, applied to a live 100-level book */
    @Benchmark
    public long spotOrderBookUpdate20() {
        spot.onText(frame(orderBook), nanos++, sink);
        return sink.checksum;
    }

    /** @return checksum; the same frames decoded into the reused {@code BookUpdate} only (no book) */
    @Benchmark
    public long spotOrderBookUpdate20DecodeOnly() {
        spot.onText(frame(orderBook), nanos++, decodeOnlySink);
        return decodeOnlySink.checksum;
    }

    /** @return checksum; {@code futures.trades}, one trade in the result array */
    @Benchmark
    public long futuresTrades() {
        futures.onText(frame(futuresTrades), nanos++, sink);
        return sink.checksum;
    }
}
