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

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * MEXC's production decode paths: spot binary frames ({@code PushDataV3ApiWrapper} protobuf) through
 * {@code PublicProtocol.onBinary} and futures JSON through {@code onText}, on the protocol instances core creates per
 * connection; book updates are applied to live 100-level books. Binary frames are wrapped in heap
 * {@link ByteBuffer}s once (the transport hands the protocol a buffer). One op = one frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MexcDecodeBenchmark {

    private static final int MASK = Frames.N - 1;

    private final ByteBuffer[] aggreDepth = wrap(Frames.mexcSpotAggreDepth());
    private final ByteBuffer[] aggreDeals = wrap(Frames.mexcSpotAggreDeals());
    private final String[] futuresDepth = Frames.mexcFuturesDepth();
    private final String[] futuresDeals = Frames.mexcFuturesDeals();
    private PublicProtocol spot;
    private PublicProtocol futures;
    private BenchSink spotSink;
    private BenchSink futuresSink;
    private BenchSink decodeOnlySink;
    private int next;
    private long nanos = 1_732_000_000_000_000_000L;

    private static ByteBuffer[] wrap(byte[][] frames) {
        ByteBuffer[] out = new ByteBuffer[frames.length];
        for (int i = 0; i < frames.length; i++) {
            out[i] = ByteBuffer.wrap(frames[i]);
        }
        return out;
    }

    /** Creates the protocols and live books and checks that every frame decodes cleanly. */
    @Setup(Level.Trial)
    public void setUp() {
        spot = Venues.protocol(Venues.mexc(MarketType.SPOT), false);
        futures = Venues.protocol(Venues.mexc(MarketType.FUTURES), true);
        spotSink = new BenchSink();
        futuresSink = new BenchSink();
        spotSink.liveBooks(Venues.MEXC, MarketType.SPOT);
        futuresSink.liveBooks(Venues.MEXC, MarketType.FUTURES);
        checkBinary(aggreDepth);
        checkBinary(aggreDeals);
        GateioDecodeBenchmark.check(futures, futuresDepth, futuresSink);
        GateioDecodeBenchmark.check(futures, futuresDeals, futuresSink);
        decodeOnlySink = new BenchSink();
        GateioDecodeBenchmark.check(futures, futuresDepth, decodeOnlySink);
    }

    private void checkBinary(ByteBuffer[] frames) {
        long before = spotSink.events;
        for (ByteBuffer f : frames) {
            spot.onBinary(f, 1L, spotSink);
        }
        spotSink.verify("mexc spot binary", before + frames.length);
    }

    /** Fails the run if anything but clean decoding happened during it. */
    @TearDown(Level.Trial)
    public void tearDown() {
        spotSink.verify("mexc spot", 1);
        futuresSink.verify("mexc futures", 1);
        decodeOnlySink.verify("mexc futures decode-only", 1);
    }

    /** @return checksum; spot {@code aggre.depth} (protobuf) 20+20 levels, applied to a live 100-level book */
    @Benchmark
    public long spotAggreDepth20() {
        spot.onBinary(aggreDepth[next++ & MASK], nanos++, spotSink);
        return spotSink.checksum;
    }

    /** @return checksum; spot {@code aggre.deals} (protobuf), one deal */
    @Benchmark
    public long spotAggreDeals() {
        spot.onBinary(aggreDeals[next++ & MASK], nanos++, spotSink);
        return spotSink.checksum;
    }

    /** @return checksum; futures {@code push.depth} (JSON) 20+20 levels, applied to a live 100-level book */
    @Benchmark
    public long futuresDepth20() {
        futures.onText(futuresDepth[next++ & MASK], nanos++, futuresSink);
        return futuresSink.checksum;
    }

    /** @return checksum; futures {@code push.deal} (JSON), one deal */
    @Benchmark
    public long futuresDeals() {
        futures.onText(futuresDeals[next++ & MASK], nanos++, futuresSink);
        return futuresSink.checksum;
    }

    /** @return checksum; the same frames decoded into the reused {@code BookUpdate} only (no book) */
    @Benchmark
    public long futuresDepth20DecodeOnly() {
        futures.onText(futuresDepth[next++ & MASK], nanos++, decodeOnlySink);
        return decodeOnlySink.checksum;
    }
}
