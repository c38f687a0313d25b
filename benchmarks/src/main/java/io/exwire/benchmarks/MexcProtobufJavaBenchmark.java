package io.exwire.benchmarks;

import com.google.protobuf.InvalidProtocolBufferException;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.benchmarks.proto.PublicAggreDealsV3Api;
import io.exwire.benchmarks.proto.PublicAggreDealsV3ApiItem;
import io.exwire.benchmarks.proto.PublicAggreDepthV3ApiItem;
import io.exwire.benchmarks.proto.PublicAggreDepthsV3Api;
import io.exwire.benchmarks.proto.PushDataV3ApiWrapper;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The generated-code alternative to {@link MexcDecodeBenchmark}'s spot paths: the same {@link Frames} (aggregated
 * depth 20+20 and aggregated deals), parsed with protobuf-java's {@code PushDataV3ApiWrapper.parseFrom(byte[])}
 * (classes generated at build time from {@code src/main/proto}, copies of the documented schema) and mapped into the
 * same reused core views ({@link BookUpdate}, {@link MutableTrade}; decimals through
 * {@link Decimal#parseMantissa} / {@link Decimal#scaleOf} on the string fields), delivered to the same
 * {@link BenchSink} with live 100-level books. The set-up checks, frame by frame, that this path and the production
 * protocol deliver identical events. One op = one frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MexcProtobufJavaBenchmark {

    private static final int MASK = Frames.N - 1;

    private final byte[][] aggreDepth = Frames.mexcSpotAggreDepth();
    private final byte[][] aggreDeals = Frames.mexcSpotAggreDeals();
    private GeneratedSpotDecoder decoder;
    private BenchSink sink;
    private int next;
    private long nanos = 1_732_000_000_000_000_000L;

    /** Creates the decoder and live books and checks both paths agree on every frame. */
    @Setup(Level.Trial)
    public void setUp() throws InvalidProtocolBufferException {
        decoder = new GeneratedSpotDecoder(symbolTable());
        sink = new BenchSink();
        sink.liveBooks(Venues.MEXC, MarketType.SPOT);
        sameEvents(aggreDepth);
        sameEvents(aggreDeals);
        long before = sink.events;
        for (byte[] f : aggreDepth) {
            decoder.decode(f, 1L, sink);
        }
        for (byte[] f : aggreDeals) {
            decoder.decode(f, 1L, sink);
        }
        sink.verify("mexc spot protobuf-java", before + aggreDepth.length + aggreDeals.length);
    }

    /** Fails the run if anything but clean decoding happened during it. */
    @TearDown(Level.Trial)
    public void tearDown() {
        sink.verify("mexc spot protobuf-java", 1);
    }

    /** @return checksum; spot {@code aggre.depth} 20+20 levels via generated code, applied to a live book */
    @Benchmark
    public long spotAggreDepth20() throws InvalidProtocolBufferException {
        decoder.decode(aggreDepth[next++ & MASK], nanos++, sink);
        return sink.checksum;
    }

    /** @return checksum; spot {@code aggre.deals}, one deal, via generated code */
    @Benchmark
    public long spotAggreDeals() throws InvalidProtocolBufferException {
        decoder.decode(aggreDeals[next++ & MASK], nanos++, sink);
        return sink.checksum;
    }

    private static SymbolTable symbolTable() {
        SymbolTable table = new SymbolTable();
        for (Frames.Instrument in : Frames.INSTRUMENTS) {
            table.put(in.joined(), in.symbol());
        }
        return table;
    }

    /** Correctness: each frame must give the same events through production and through generated code. */
    static void sameEvents(byte[][] frames) throws InvalidProtocolBufferException {
        PublicProtocol production = Venues.protocol(Venues.mexc(MarketType.SPOT), false);
        GeneratedSpotDecoder generated = new GeneratedSpotDecoder(symbolTable());
        for (int i = 0; i < frames.length; i++) {
            EventRecorder expected = new EventRecorder();
            EventRecorder actual = new EventRecorder();
            production.onBinary(ByteBuffer.wrap(frames[i]), 7L, expected);
            generated.decode(frames[i], 7L, actual);
            if (expected.events.isEmpty() || !expected.events.equals(actual.events)) {
                throw new IllegalStateException("frame " + i + ": production " + expected.events
                        + " but protobuf-java " + actual.events);
            }
        }
    }

    /**
     * protobuf-java decode of one spot push into the core views the production decoders fill. Parses the whole
     * frame into generated message objects (as generated code does), then maps field by field.
     */
    static final class GeneratedSpotDecoder {

        private final SymbolTable symbols;
        private final BookUpdate update = new BookUpdate();
        private final MutableTrade trade = new MutableTrade(Venues.MEXC, MarketType.SPOT);

        GeneratedSpotDecoder(SymbolTable symbols) {
            this.symbols = symbols;
        }

        void decode(byte[] frame, long receiveNanos, PublicSink sink) throws InvalidProtocolBufferException {
            PushDataV3ApiWrapper push = PushDataV3ApiWrapper.parseFrom(frame);
            Symbol symbol = push.hasSymbol() ? symbols.lookup(push.getSymbol()) : null;
            if (symbol == null) {
                sink.unknownChannel();
                return;
            }
            long timestamp = push.getSendTime() != 0 ? push.getSendTime() : push.getCreateTime();
            switch (push.getBodyCase()) {
                case PUBLICAGGREDEPTHS -> depth(push.getPublicAggreDepths(), symbol, timestamp, receiveNanos, sink);
                case PUBLICAGGREDEALS -> deals(push.getPublicAggreDeals(), symbol, timestamp, receiveNanos, sink);
                default -> sink.unknownChannel();
            }
        }

        private void depth(PublicAggreDepthsV3Api body, Symbol symbol, long timestamp, long receiveNanos,
                PublicSink sink) {
            update.begin(symbol, false, 0, 0, timestamp, receiveNanos);
            levels(body.getAsksList(), update.asks());
            levels(body.getBidsList(), update.bids());
            long from = body.getFromVersion().isEmpty() ? 0 : Long.parseLong(body.getFromVersion());
            long to = body.getToVersion().isEmpty() ? 0 : Long.parseLong(body.getToVersion());
            if (to == 0) {
                throw new ProtocolException("aggre depth push without toVersion");
            }
            update.ids(from == 0 ? to : from, to);
            sink.book(update);
        }

        private static void levels(List<PublicAggreDepthV3ApiItem> items, BookUpdate.Side side) {
            for (int i = 0, n = items.size(); i < n; i++) {
                PublicAggreDepthV3ApiItem item = items.get(i);
                String price = item.getPrice();
                String size = item.getQuantity();
                side.add(Decimal.parseMantissa(price, 0, price.length()), Decimal.scaleOf(price, 0, price.length()),
                        Decimal.parseMantissa(size, 0, size.length()), Decimal.scaleOf(size, 0, size.length()));
            }
        }

        private void deals(PublicAggreDealsV3Api body, Symbol symbol, long timestamp, long receiveNanos,
                PublicSink sink) {
            for (int i = 0, n = body.getDealsCount(); i < n; i++) {
                PublicAggreDealsV3ApiItem item = body.getDeals(i);
                String price = item.getPrice();
                String size = item.getQuantity();
                trade.envelope(symbol, item.getTime() != 0 ? item.getTime() : timestamp, receiveNanos)
                        .trade(leadingNumber(item.getTradeId()),
                                Decimal.parseMantissa(price, 0, price.length()), Decimal.scaleOf(price, 0,
                                        price.length()),
                                Math.abs(Decimal.parseMantissa(size, 0, size.length())),
                                Decimal.scaleOf(size, 0, size.length()), side(item.getTradeType()));
                sink.trade(trade);
            }
        }

        private static Side side(int tradeType) {
            if (tradeType == 1) {
                return Side.BUY;
            }
            if (tradeType == 2) {
                return Side.SELL;
            }
            throw new ProtocolException("aggre deal with unknown tradeType " + tradeType);
        }

        /** The digits a trade id starts with, as production's {@code SpotDealsDecoder.leadingNumber}. */
        private static long leadingNumber(String s) {
            long value = 0;
            int i = 0;
            for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                if (value > (Long.MAX_VALUE - 9) / 10) {
                    return TradeView.NO_TRADE_ID;
                }
                value = value * 10 + (s.charAt(i) - '0');
            }
            return i == 0 ? TradeView.NO_TRADE_ID : value;
        }
    }

    /** Records every event as text, to compare the two paths frame by frame. */
    static final class EventRecorder implements PublicSink {

        final List<String> events = new ArrayList<>();

        @Override
        public void trade(MutableTrade t) {
            events.add("trade " + t.symbol() + " id=" + t.tradeId() + " p=" + t.priceMantissa() + "e-"
                    + t.priceScale() + " s=" + t.sizeMantissa() + "e-" + t.sizeScale() + " " + t.takerSide()
                    + " ts=" + t.exchangeTimestampMillis() + " rx=" + t.receiveTimestampNanos());
        }

        @Override
        public void book(BookUpdate u) {
            events.add("book " + u.symbol() + " snap=" + u.isSnapshot() + " ids=" + u.firstUpdateId() + ".."
                    + u.lastUpdateId() + " ts=" + u.exchangeTimestampMillis() + " rx=" + u.receiveTimestampNanos()
                    + " asks=" + levels(u.asks()) + " bids=" + levels(u.bids()));
        }

        private static String levels(BookUpdate.Side side) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < side.count(); i++) {
                sb.append(side.price(i)).append("e-").append(side.priceScale(i)).append('x').append(side.size(i))
                        .append("e-").append(side.sizeScale(i)).append(' ');
            }
            return sb.toString();
        }

        @Override
        public void acknowledged(int requestId) {
            events.add("acknowledged");
        }

        @Override
        public void rejected(int requestId, ExwireException error, Symbol symbol) {
            events.add("rejected");
        }

        @Override
        public void pong() {
            events.add("pong");
        }

        @Override
        public void bookTicker(MutableBookTicker ticker) {
            events.add("bookTicker");
        }

        @Override
        public void ticker(Ticker ticker) {
            events.add("ticker");
        }

        @Override
        public void replaceConnection(String reason) {
            events.add("replaceConnection");
        }

        @Override
        public void unknownChannel() {
            events.add("unknownChannel");
        }

        @Override
        public void protocolError(PublicChannel channel, ProtocolException error) {
            events.add("protocolError " + error.getMessage());
        }
    }
}
