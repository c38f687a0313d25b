package io.exwire.benchmarks;

import io.exwire.api.model.MarketType;
import io.exwire.core.codec.SymbolTable;
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
 * The {@link SinglePassPrototype} on the same frames as {@link GateioDecodeBenchmark}: evidence for what a
 * one-pass, byte-oriented decoder reaches on this machine, next to the production figures of the same run. Setup
 * checks that the prototype emits exactly the production decoder's events for every frame and never falls back.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PrototypeDecodeBenchmark {

    private static final int MASK = Frames.N - 1;

    private final String[] bookTicker = Frames.gateioSpotBookTicker();
    private final String[] orderBook = Frames.gateioSpotOrderBookUpdate();
    private SinglePassPrototype prototype;
    private BenchSink sink;
    private BenchSink decodeOnlySink;
    private int next;
    private long nanos = 1_732_000_000_000_000_000L;

    /** Builds the prototype and checks it against the production decoder, frame by frame. */
    @Setup(Level.Trial)
    public void setUp() {
        SymbolTable table = new SymbolTable();
        for (Frames.Instrument in : Frames.INSTRUMENTS) {
            table.put(in.underscored(), in.symbol());
        }
        PublicProtocol production = Venues.protocol(Venues.gateio(MarketType.SPOT), true);
        prototype = new SinglePassPrototype(table, Venues.protocol(Venues.gateio(MarketType.SPOT), true));
        for (String[] frames : new String[][] {bookTicker, orderBook}) {
            for (String f : frames) {
                TextSink expected = new TextSink();
                TextSink actual = new TextSink();
                production.onText(f, 7L, expected);
                prototype.onText(f, 7L, actual);
                if (!expected.out.toString().equals(actual.out.toString()) || prototype.fallbacks() != 0) {
                    throw new IllegalStateException("prototype differs from production on " + f + "\nexpected "
                            + expected.out + "actual   " + actual.out + "fallbacks " + prototype.fallbacks());
                }
            }
        }
        sink = new BenchSink();
        sink.liveBooks(Venues.GATEIO, MarketType.SPOT);
        decodeOnlySink = new BenchSink();
    }

    /** Fails the run if the prototype fell back or anything but clean decoding happened. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sink.verify("prototype", 0);
        decodeOnlySink.verify("prototype decode-only", 0);
        if (prototype.fallbacks() != 0) {
            throw new IllegalStateException("prototype fell back " + prototype.fallbacks() + " times");
        }
    }

    /** @return checksum; {@code spot.book_ticker} */
    @Benchmark
    public long spotBookTicker() {
        prototype.onText(bookTicker[next++ & MASK], nanos++, sink);
        return sink.checksum;
    }

    /** @return checksum; {@code spot.order_book_update} 20+20, applied to a live 100-level book */
    @Benchmark
    public long spotOrderBookUpdate20() {
        prototype.onText(orderBook[next++ & MASK], nanos++, sink);
        return sink.checksum;
    }

    /** @return checksum; {@code spot.order_book_update} 20+20, decode only */
    @Benchmark
    public long spotOrderBookUpdate20DecodeOnly() {
        prototype.onText(orderBook[next++ & MASK], nanos++, decodeOnlySink);
        return decodeOnlySink.checksum;
    }
}
