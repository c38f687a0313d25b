package io.exwire.mexc.marketdata;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.MutableBookTicker;
import io.exwire.core.marketdata.MutableTrade;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.core.marketdata.book.BookUpdate;
import io.exwire.mexc.testing.Configs;
import io.exwire.mexc.testing.ProtoWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hot decoders allocate nothing per frame once warm: measured with the JVM's per-thread allocation counter over
 * many frames (a few hundred bytes of slack absorb the counter's own noise).
 */
@Timeout(60)
class AllocationFreeDecodeTest {

    static final int FRAMES = 20_000;
    static final long SLACK_BYTES = 4_096;

    /** Counts events and touches every value without keeping anything. */
    static final class CountingSink implements PublicSink {
        long events;
        long checksum;

        @Override public void acknowledged(int requestId) { events++; }
        @Override public void rejected(int requestId, ExwireException error, Symbol symbol) { events++; }
        @Override public void pong() { events++; }
        @Override public void trade(MutableTrade t) { events++; checksum += t.priceMantissa() + t.sizeMantissa(); }
        @Override public void bookTicker(MutableBookTicker q) { events++; checksum += q.bidPriceMantissa(); }
        @Override public void ticker(Ticker ticker) { events++; }
        @Override public void book(BookUpdate u) { events++; checksum += u.lastUpdateId() + u.bids().count(); }
        @Override public void replaceConnection(String reason) { events++; }
        @Override public void unknownChannel() { events += 1_000_000; }
        @Override public void protocolError(PublicChannel channel, ProtocolException error) { events += 1_000_000; }
    }

    /** The JDK's per-thread allocation counter ({@code com.sun.management.ThreadMXBean}), read reflectively. */
    static long allocatedBytes() {
        try {
            Object bean = ManagementFactory.getThreadMXBean();
            Method m = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
            return (long) m.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("allocation counter unavailable", e);
        }
    }

    @Test
    @DisplayName("spot protobuf deals, depth and book ticker frames decode without allocating")
    void spotBinary() {
        SymbolTable table = new SymbolTable();
        table.put("BTCUSDT", Symbol.of("BTC", "USDT"));
        PublicProtocol p = new MexcSpotPublicProtocol(Configs.of(MarketType.SPOT, Map.of()), table);
        ByteBuffer deals = ByteBuffer.wrap(ProtoWriter.message().string(1, "spot@public.aggre.deals.v3.api.pb@100ms@BTCUSDT")
                .string(3, "BTCUSDT").int64(6, 1_738_000_000_000L).message(314, ProtoWriter.message()
                        .message(1, ProtoWriter.message().string(1, "97463.12").string(2, "0.0001778").int64(3, 1)
                                .int64(4, 1_738_000_000_001L).string(5, "505979017439002624X0_505979017439002625X0"))
                        .message(1, ProtoWriter.message().string(1, "97463.10").string(2, "1.5").int64(3, 2)
                                .int64(4, 1_738_000_000_002L))).toByteArray());
        ProtoWriter depthBody = ProtoWriter.message();
        for (int i = 0; i < 20; i++) {
            depthBody.message(1, ProtoWriter.message().string(1, "9746" + i + ".00").string(2, "0." + i + "5"));
            depthBody.message(2, ProtoWriter.message().string(1, "9745" + i + ".00").string(2, "1." + i));
        }
        ByteBuffer depth = ByteBuffer.wrap(ProtoWriter.message().string(1, "spot@public.aggre.depth.v3.api.pb@100ms@BTCUSDT")
                .string(3, "BTCUSDT").int64(6, 1).message(313, depthBody.string(4, "43296363236")
                        .string(5, "43296363255")).toByteArray());
        ByteBuffer[] quotes = new ByteBuffer[10];
        for (int i = 0; i < quotes.length; i++) {
            quotes[i] = ByteBuffer.wrap(bookTicker(i));
        }
        CountingSink sink = new CountingSink();
        int[] next = {0};
        assertAllocationFree(() -> {
            p.onBinary(deals, 1, sink);
            p.onBinary(depth, 1, sink);
            p.onBinary(quotes[next[0]++ % quotes.length], 1, sink);
        }, sink, 4);
    }

    private static byte[] bookTicker(long i) {
        return ProtoWriter.message().string(3, "BTCUSDT").message(315, ProtoWriter.message()
                .string(1, "97463.1" + (i % 10)).string(2, "0.5").string(3, "97463.2").string(4, "0.25")).toByteArray();
    }

    @Test
    @DisplayName("futures JSON deal and depth frames decode without allocating")
    void futuresJson() {
        SymbolTable table = new SymbolTable();
        table.put("BTC_USDT", Symbol.of("BTC", "USDT"));
        PublicProtocol p = new MexcFuturesPublicProtocol(Configs.of(MarketType.FUTURES, Map.of()), table);
        String deal = "{\"channel\":\"push.deal\",\"data\":[{\"M\":1,\"O\":1,\"T\":1,\"p\":6866.5,\"t\":1587442049632,"
                + "\"v\":2096,\"i\":16435741160}],\"symbol\":\"BTC_USDT\",\"ts\":1587442022003}";
        String depth = "{\"channel\":\"push.depth\",\"data\":{\"asks\":[[6859.5,3251,1],[6860,0,0]],\"bids\":"
                + "[[6858,12,3]],\"version\":96801927},\"symbol\":\"BTC_USDT\",\"ts\":1587442022003}";
        CountingSink sink = new CountingSink();
        assertAllocationFree(() -> {
            p.onText(deal, 1, sink);
            p.onText(depth, 1, sink);
        }, sink, 2);
    }

    private static void assertAllocationFree(Runnable round, CountingSink sink, long maxEventsPerRound) {
        for (int i = 0; i < FRAMES; i++) {
            round.run();
        }
        long events = sink.events;
        long before = allocatedBytes();
        for (int i = 0; i < FRAMES; i++) {
            round.run();
        }
        long allocated = allocatedBytes() - before;
        assertThat(sink.events - events).as("clean decoding only").isBetween((long) FRAMES, FRAMES * maxEventsPerRound);
        assertThat(allocated).as("bytes allocated for %d rounds", FRAMES).isLessThan(SLACK_BYTES);
    }
}
