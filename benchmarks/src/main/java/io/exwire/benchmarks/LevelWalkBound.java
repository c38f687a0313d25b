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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A lower bound, not a decoder: the least a scalar walk can spend on the 20 + 20 levels of the book frames the
 * decode benchmarks rotate, to put the floor target for book frames in proportion. The frames are already bytes (no
 * {@code String} to encode), the walk starts at the first level (no envelope, no header, no symbol, no dispatch),
 * knows the venue's exact layout ({@code ["price","size"]} for Gate.io, {@code [price,size,count]} for MEXC futures,
 * no whitespace), guesses each price's digit counts as the production decoder does, converts the numbers with the
 * same SWAR arithmetic (copied here, since core's {@code Swar} is package-private), stores them into primitive arrays
 * and validates nothing else. Anything the production
 * decoder does beyond that (validation, fallbacks, the header, the envelope, the sink) comes on top.
 *
 * <p>Setup walks every frame once and checks each level's price and size against the values the frames were written
 * from ({@link Frames#bookDeltas}), so the figure is of a walk that reads the frames right.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LevelWalkBound {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ZEROS = 0x3030303030303030L;
    private static final long ABOVE_NINE = 0x4646464646464646L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long DOTS = 0x2E2E2E2E2E2E2E2EL;
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final int MASK = Frames.N - 1;
    /** Bytes after a frame, so that word loads past its end stay inside the array. */
    private static final int PAD = 32;
    /** Gate.io: from the last bid's {@code ]} to the first ask's {@code [}: {@code ],"a":[[} */
    private static final int GATEIO_SIDE_GAP = 8;
    /** MEXC futures: from the last ask's {@code ]} to the first bid's {@code [}: {@code ],"bids":[[} */
    private static final int MEXC_SIDE_GAP = 11;

    private final byte[][] gateio = new byte[Frames.N][];
    private final int[] gateioStarts = new int[Frames.N];
    private final byte[][] mexc = new byte[Frames.N][];
    private final int[] mexcStarts = new int[Frames.N];
    private final long[] prices = new long[2 * Frames.LEVELS];
    private final long[] sizes = new long[2 * Frames.LEVELS];
    private final byte[] priceScales = new byte[2 * Frames.LEVELS];
    private final byte[] sizeScales = new byte[2 * Frames.LEVELS];
    private int whole;
    private int fraction;
    private int end;
    private int next;

    /** Encodes the frames once and checks the walk against the values they were written from. */
    @Setup(Level.Trial)
    public void setUp() {
        encode(Frames.gateioSpotOrderBookUpdate(), "\"b\":[", gateio, gateioStarts);
        encode(Frames.mexcFuturesDepth(), "\"asks\":[", mexc, mexcStarts);
        List<Frames.Delta> gateioDeltas = Frames.bookDeltas(13);
        List<Frames.Delta> mexcDeltas = Frames.bookDeltas(17);
        for (int i = 0; i < Frames.N; i++) {
            next = i;
            gateioSpotLevels();
            Frames.Delta d = gateioDeltas.get(i);
            check("gateio " + i, d, d.bidTicks(), d.bidSizes(), -1, 0, false);
            check("gateio " + i, d, d.askTicks(), d.askSizes(), 1, Frames.LEVELS, false);
            next = i;
            mexcFuturesLevels();
            d = mexcDeltas.get(i);
            check("mexc " + i, d, d.askTicks(), d.askSizes(), 1, 0, true);
            check("mexc " + i, d, d.bidTicks(), d.bidSizes(), -1, Frames.LEVELS, true);
        }
    }

    private static void encode(String[] frames, String firstSide, byte[][] out, int[] starts) {
        for (int i = 0; i < frames.length; i++) {
            out[i] = Arrays.copyOf(frames[i].getBytes(StandardCharsets.ISO_8859_1), frames[i].length() + PAD);
            starts[i] = frames[i].indexOf(firstSide) + firstSide.length();
        }
    }

    private void check(String frame, Frames.Delta d, int[] ticks, long[] sizesWritten, int sign, int from,
                       boolean contracts) {
        Frames.Instrument in = d.instrument();
        for (int k = 0; k < ticks.length; k++) {
            long price = in.mid() + sign * (long) ticks[k];
            long size = contracts ? (sizesWritten[k] == 0 ? 0 : 1 + sizesWritten[k] / 1000) : sizesWritten[k];
            int sizeScale = contracts ? 0 : in.sizeScale();
            boolean ok = prices[from + k] * POW10[in.priceScale() - priceScales[from + k]] == price
                    && sizes[from + k] * POW10[sizeScale - sizeScales[from + k]] == size;
            if (!ok) {
                throw new IllegalStateException(frame + " level " + (from + k) + ": read " + prices[from + k] + "/"
                        + priceScales[from + k] + " " + sizes[from + k] + "/" + sizeScales[from + k] + ", written "
                        + price + " " + size);
            }
        }
    }

    /** @return the levels' sizes summed; Gate.io {@code spot.order_book_update} 20+20, levels only */
    @Benchmark
    public long gateioSpotLevels() {
        int i = next++ & MASK;
        byte[] b = gateio[i];
        int n = gateioSide(b, gateioStarts[i], 0);
        n = gateioSide(b, end + GATEIO_SIDE_GAP, n);
        return n + sizes[0] + sizes[n - 1];
    }

    /** @return the levels' count and two sizes; MEXC futures {@code push.depth} 20+20, levels only */
    @Benchmark
    public long mexcFuturesLevels() {
        int i = next++ & MASK;
        byte[] b = mexc[i];
        int n = mexcSide(b, mexcStarts[i], 0);
        n = mexcSide(b, end + MEXC_SIDE_GAP, n);
        return n + sizes[0] + sizes[n - 1];
    }

    /** Levels {@code ["ddd.dd","sss.ss"]} from {@code p} (a level's {@code [}); sets {@link #end} to the last {@code ]}. */
    private int gateioSide(byte[] b, int from, int first) {
        int p = from;
        int n = first;
        int learned = 0;
        while (true) {
            int w = whole;
            int f = fraction;
            int close = p + 3 + w + f;
            if (b[p + 2 + w] != '.' || b[close] != '"' || b[close + 1] != ',') {
                learn(b, p + 2, learned++);
                continue;
            }
            prices[n] = dotted(load(b, p + 2), w, w + f);
            priceScales[n] = (byte) f;
            int q = close + 3;
            long s = load(b, q);
            int inFirst = Long.numberOfTrailingZeros(zeroBytes(s ^ QUOTES)) >>> 3;
            int length = inFirst == 8 ? 8 + (Long.numberOfTrailingZeros(zeroBytes(load(b, q + 8) ^ QUOTES)) >>> 3)
                    : inFirst;
            int sizeWhole = Math.min(Long.numberOfTrailingZeros(zeroBytes(s ^ DOTS)) >>> 3, length);
            int sizeFraction = Math.max(0, length - sizeWhole - 1);
            sizes[n] = sizeFraction == 0 ? digitsValue(s, sizeWhole)
                    : digitsValue(s, sizeWhole) * POW10[sizeFraction] + digitsValue(load(b, q + sizeWhole + 1),
                            sizeFraction);
            sizeScales[n] = (byte) sizeFraction;
            n++;
            int e = q + length + 1;
            if (b[e + 1] != ',') {
                end = e;
                return n;
            }
            p = e + 2;
        }
    }

    /**
     * Levels {@code [ddd.dd,sss,n]} from {@code p}; sets {@link #end} to the last {@code ]}. MEXC writes numbers
     * without trailing zeros ({@code 60123.5}, {@code 3013}), so a price's width is read, not guessed.
     */
    private int mexcSide(byte[] b, int from, int first) {
        int p = from;
        int n = first;
        while (true) {
            long w = load(b, p + 1);
            int wholeDigits = digitRun(w);
            int comma = p + 1 + wholeDigits;
            long price = digitsValue(w, wholeDigits);
            int scale = 0;
            if (b[comma] == '.') {
                long f = load(b, comma + 1);
                scale = digitRun(f);
                price = price * POW10[scale] + digitsValue(f, scale);
                comma += 1 + scale;
            }
            prices[n] = price;
            priceScales[n] = (byte) scale;
            long s = load(b, comma + 1);
            int sizeDigits = digitRun(s);
            sizes[n] = digitsValue(s, sizeDigits);
            sizeScales[n] = 0;
            int count = comma + 2 + sizeDigits;
            int e = count + digitRun(load(b, count));
            n++;
            if (b[e + 1] != ',') {
                end = e;
                return n;
            }
            p = e + 2;
        }
    }

    /** The price's digit counts at {@code at}, for the next levels to guess (a new instrument or a changed width). */
    private void learn(byte[] b, int at, int before) {
        if (before > 0) {
            throw new IllegalStateException("a level at " + at + " is not in the layout the bound walks");
        }
        whole = digitRun(load(b, at));
        fraction = digitRun(load(b, at + whole + 1));
        if (whole == 0 || fraction == 0 || whole + fraction > 7) {
            throw new IllegalStateException("the bound walks prices of up to 7 digits with a fraction only: "
                    + new String(b, at - 2, 24, StandardCharsets.ISO_8859_1));
        }
    }

    private static long load(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    private static int digitRun(long w) {
        return Long.numberOfTrailingZeros(((w - ZEROS) | (w + ABOVE_NINE)) & HIGH_BITS) >>> 3;
    }

    private static long zeroBytes(long w) {
        return (w - ONES) & ~w & HIGH_BITS;
    }

    /** Up to seven digits with the dot after {@code whole} of them squeezed out. */
    private static long dotted(long w, int whole, int digits) {
        long below = (1L << (whole << 3)) - 1;
        return digitsValue((w & below) | ((w >>> 8) & ~below), digits);
    }

    private static long digitsValue(long w, int n) {
        long v = (w - ZEROS) << ((8 - n) << 3);
        v = (v * 10 + (v >>> 8)) & 0x00FF00FF00FF00FFL;
        v = (v * 100 + (v >>> 16)) & 0x0000FFFF0000FFFFL;
        return (v * 10_000 + (v >>> 32)) & 0xFFFFFFFFL;
    }
}
