package io.exwire.benchmarks;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.core.marketdata.book.BookUpdate;
import io.exwire.core.marketdata.book.LocalOrderBook;
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

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * {@link LocalOrderBook#apply} alone, on prebuilt {@link BookUpdate}s (no decoding): the book half of
 * {@link GateioDecodeBenchmark#spotOrderBookUpdate20}. Four live books of {@value Frames#SNAPSHOT_LEVELS} levels per
 * side ({@link Frames#snapshot}), kept at Gate.io's maintained depth for the 100-level stream (capacity 100), receive
 * the {@link Frames#bookDeltas} in their A/B rotation (A deletes about a third of its 20 levels per side, B re-inserts
 * them), so every op really inserts and removes. {@code apply1} rotates single-level deltas that alternately delete
 * and re-insert a level within the top 40 of a side. One op = one update.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BookApplyBenchmark {

    private static final int MASK = Frames.N - 1;
    /** Gate.io's maintained depth for its 100-level stream. */
    private static final int CAPACITY = Frames.SNAPSHOT_LEVELS;

    private final LocalOrderBook[] books = new LocalOrderBook[Frames.BOOK_SYMBOLS];
    private final BookUpdate[] deltas20 = new BookUpdate[Frames.N];
    private final int[] deltas20Book = new int[Frames.N];
    private final BookUpdate[] deltas1 = new BookUpdate[Frames.N];
    private final int[] deltas1Book = new int[Frames.N];
    private int next;

    /** Builds the books and updates, and checks that a full rotation leaves every book as loaded. */
    @Setup(Level.Trial)
    public void setUp() {
        for (int s = 0; s < Frames.BOOK_SYMBOLS; s++) {
            books[s] = new LocalOrderBook(ExchangeId.of("gateio"), MarketType.SPOT,
                    Frames.INSTRUMENTS.get(s).symbol(), 20, CAPACITY);
        }
        List<Frames.Delta> deltas = Frames.bookDeltas(13);
        for (int i = 0; i < Frames.N; i++) {
            Frames.Delta d = deltas.get(i);
            deltas20[i] = update(d);
            deltas20Book[i] = d.symbol();
        }
        Random r = new Random(21);
        for (int s = 0; s < Frames.BOOK_SYMBOLS; s++) {
            Frames.Instrument in = Frames.INSTRUMENTS.get(s);
            boolean bid = (s & 1) == 0;
            long price = bid ? in.mid() - 1 - r.nextInt(40) : in.mid() + 1 + r.nextInt(40);
            deltas1[s] = single(s, bid, price, 0);
            deltas1[s + Frames.BOOK_SYMBOLS] = single(s, bid, price, 1 + r.nextInt(2_000_000));
            deltas1Book[s] = s;
            deltas1Book[s + Frames.BOOK_SYMBOLS] = s;
        }
        load();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < Frames.N; i++) {
                books[deltas20Book[i]].apply(deltas20[i]);
                books[deltas1Book[i]].apply(deltas1[i]);
            }
        }
        verify();
        load();
    }

    private void load() {
        for (int s = 0; s < Frames.BOOK_SYMBOLS; s++) {
            books[s].load(Frames.snapshot(s), 0L);
        }
    }

    private static BookUpdate update(Frames.Delta d) {
        Frames.Instrument in = d.instrument();
        BookUpdate u = new BookUpdate().begin(in.symbol(), false, d.first(), d.last(), 1L, 2L);
        for (int k = 0; k < d.bidTicks().length; k++) {
            u.bids().add(in.mid() - d.bidTicks()[k], in.priceScale(), d.bidSizes()[k], in.sizeScale());
        }
        for (int k = 0; k < d.askTicks().length; k++) {
            u.asks().add(in.mid() + d.askTicks()[k], in.priceScale(), d.askSizes()[k], in.sizeScale());
        }
        return u;
    }

    private static BookUpdate single(int symbol, boolean bid, long price, long size) {
        Frames.Instrument in = Frames.INSTRUMENTS.get(symbol);
        BookUpdate u = new BookUpdate().begin(in.symbol(), false, 1, 1, 1L, 2L);
        (bid ? u.bids() : u.asks()).add(price, in.priceScale(), size, in.sizeScale());
        return u;
    }

    /**
     * Completes the rotation the run stopped in (so every deleted level is back) and fails unless every book shows
     * its 20 best levels per side at the snapshot's prices (mid ∓ 1..20 ticks) and scales.
     */
    @TearDown(Level.Trial)
    public void verify() {
        for (int i = next & MASK; i < Frames.N && (next & MASK) != 0; i++) {
            books[deltas20Book[i]].apply(deltas20[i]);
            books[deltas1Book[i]].apply(deltas1[i]);
        }
        for (int s = 0; s < Frames.BOOK_SYMBOLS; s++) {
            LocalOrderBook b = books[s];
            Frames.Instrument in = Frames.INSTRUMENTS.get(s);
            boolean ok = b.bidCount() == 20 && b.askCount() == 20 && b.priceScale() == in.priceScale()
                    && b.sizeScale() == in.sizeScale();
            for (int k = 0; ok && k < 20; k++) {
                ok = b.bidPriceMantissa(k) == in.mid() - 1 - k && b.askPriceMantissa(k) == in.mid() + 1 + k
                        && b.bidSizeMantissa(k) > 0 && b.askSizeMantissa(k) > 0;
            }
            if (!ok) {
                throw new IllegalStateException("book " + b + " is not the live 100-level book it should be");
            }
        }
    }

    /** @return best bid of the updated book; one Gate.io-shaped 20-bid + 20-ask delta on a 100-level book */
    @Benchmark
    public long apply20x20() {
        int i = next++ & MASK;
        LocalOrderBook b = books[deltas20Book[i]];
        b.apply(deltas20[i]);
        return b.bidPriceMantissa(0);
    }

    /** @return best bid of the updated book; a single-level delta (delete or re-insert) on a 100-level book */
    @Benchmark
    public long apply1() {
        int i = next++ & MASK;
        LocalOrderBook b = books[deltas1Book[i]];
        b.apply(deltas1[i]);
        return b.bidPriceMantissa(0);
    }
}
