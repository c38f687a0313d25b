package io.exwire.mexc.marketdata;

import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.mexc.testing.Configs;
import io.exwire.mexc.testing.ProtoWriter;
import io.exwire.testkit.sinks.RecordingPublicSink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import static io.exwire.mexc.testing.ProtoWriter.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class MexcSpotPublicProtocolTest {

    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final Symbol ETH = Symbol.of("ETH", "USDT");
    static final Symbol NOPE = Symbol.of("NOPE", "USDT");
    static final String DEALS_BTC = "spot@public.aggre.deals.v3.api.pb@100ms@BTCUSDT";
    static final String DEALS_ETH = "spot@public.aggre.deals.v3.api.pb@100ms@ETHUSDT";
    static final long RN = 1_700_000_000_000_000_000L;

    final SymbolTable table = new SymbolTable();
    final MexcSpotPublicProtocol protocol;
    final RecordingPublicSink sink = new RecordingPublicSink();

    MexcSpotPublicProtocolTest() {
        table.put("BTCUSDT", BTC);
        table.put("ETHUSDT", ETH);
        protocol = new MexcSpotPublicProtocol(Configs.of(MarketType.SPOT, Map.of()), table);
    }

    static ProtoWriter wrapper(String channel, String symbol, long sendTime) {
        ProtoWriter w = ProtoWriter.message().string(1, channel);
        if (symbol != null) {
            w.string(3, symbol);
        }
        return w.int64(6, sendTime);
    }

    void binary(ProtoWriter frame) {
        protocol.onBinary(ByteBuffer.wrap(frame.toByteArray()), RN, sink);
    }

    @Nested
    @DisplayName("requests")
    class Requests {

        @Test
        @DisplayName("SUBSCRIPTION lists one aggre channel per symbol and carries the request id")
        void subscribe() {
            assertThat(protocol.subscribe(5, PublicChannel.TRADES, List.of(BTC, ETH), 0)).isEqualTo(
                    "{\"method\":\"SUBSCRIPTION\",\"params\":[\"" + DEALS_BTC + "\",\"" + DEALS_ETH + "\"],\"id\":5}");
            assertThat(protocol.subscribe(6, PublicChannel.ORDER_BOOK, List.of(BTC), 0))
                    .contains("\"spot@public.aggre.depth.v3.api.pb@100ms@BTCUSDT\"");
            assertThat(protocol.subscribe(7, PublicChannel.BOOK_TICKER, List.of(BTC), 0))
                    .contains("\"spot@public.aggre.bookTicker.v3.api.pb@100ms@BTCUSDT\"");
            assertThat(protocol.subscribe(8, PublicChannel.TICKER, List.of(BTC), 0))
                    .contains("\"spot@public.miniTicker.v3.api.pb@BTCUSDT@24H\"");
        }

        @Test
        @DisplayName("UNSUBSCRIPTION and the upper-case PING")
        void unsubscribeAndPing() {
            assertThat(protocol.unsubscribe(9, PublicChannel.TRADES, List.of(BTC), 0))
                    .isEqualTo("{\"method\":\"UNSUBSCRIPTION\",\"params\":[\"" + DEALS_BTC + "\"],\"id\":9}");
            assertThat(protocol.ping(1, 0)).isEqualTo("{\"method\":\"PING\"}");
        }

        @Test
        @DisplayName("the interval and tickerTimezone venue options shape the channels; bad values are refused")
        void options() {
            SpotChannels fast = SpotChannels.of(Configs.of(MarketType.SPOT,
                    Map.of("interval", "10ms", "tickerTimezone", "UTC+8")));
            assertThat(fast.channel(PublicChannel.ORDER_BOOK, "BTCUSDT"))
                    .isEqualTo("spot@public.aggre.depth.v3.api.pb@10ms@BTCUSDT");
            assertThat(fast.channel(PublicChannel.TICKER, "BTCUSDT"))
                    .isEqualTo("spot@public.miniTicker.v3.api.pb@BTCUSDT@UTC+8");
            assertThatThrownBy(() -> SpotChannels.of(Configs.of(MarketType.SPOT, Map.of("interval", "1s"))))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("interval");
            assertThatThrownBy(() -> SpotChannels.of(Configs.of(MarketType.SPOT, Map.of("tickerTimezone", "UTC+14"))))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("tickerTimezone");
        }
    }

    @Nested
    @DisplayName("answers")
    class Answers {

        @Test
        @DisplayName("an ack echoing the params is acknowledged; PONG is a pong")
        void ackAndPong() {
            protocol.subscribe(5, PublicChannel.TRADES, List.of(BTC, ETH), 0);
            protocol.onText("{\"id\":5,\"code\":0,\"msg\":\"" + DEALS_BTC + "," + DEALS_ETH + "\"}", RN, sink);
            protocol.onText("{\"id\":0,\"code\":0,\"msg\":\"PONG\"}", RN, sink);
            assertThat(sink.acks).containsExactly(5);
            assertThat(sink.pongs).isEqualTo(1);
            assertThat(sink.rejections).isEmpty();
        }

        @Test
        @DisplayName("'Blocked!' with code 0 is a rejection of the named symbol, as an unknown symbol")
        void blockedIsRejection() {
            protocol.subscribe(3, PublicChannel.TRADES, List.of(NOPE), 0);
            protocol.onText("{\"id\":3,\"code\":0,\"msg\":\"Not Subscribed successfully! "
                    + "[spot@public.aggre.deals.v3.api.pb@100ms@NOPEUSDT].  Reason\uFF1A Blocked! \"}", RN, sink);
            assertThat(sink.acks).isEmpty();
            assertThat(sink.rejections).hasSize(1);
            RecordingPublicSink.Rejection r = sink.rejections.get(0);
            assertThat(r.requestId()).isEqualTo(3);
            assertThat(r.symbol()).isEqualTo(NOPE);
            assertThat(r.error()).isInstanceOf(UnknownSymbolException.class).hasMessageContaining("Blocked!");
            assertThat(((UnknownSymbolException) r.error()).venueCode()).isEqualTo("Blocked!");
        }

        @Test
        @DisplayName("a partial refusal blames its one symbol; several refused symbols leave the culprit to core")
        void partialRefusal() {
            protocol.subscribe(4, PublicChannel.TRADES, List.of(BTC, NOPE), 0);
            protocol.onText("{\"id\":4,\"code\":0,\"msg\":\"Subscribed successful! [" + DEALS_BTC + "]. Not Subscribed "
                    + "successfully! [spot@public.aggre.deals.v3.api.pb@100ms@NOPEUSDT]. Reason\uFF1A Blocked! \"}",
                    RN, sink);
            protocol.subscribe(5, PublicChannel.TRADES, List.of(BTC, ETH), 0);
            protocol.onText("{\"id\":5,\"code\":0,\"msg\":\"Not Subscribed successfully! [" + DEALS_BTC + ","
                    + DEALS_ETH + "].  Reason\uFF1A Blocked! \"}", RN, sink);
            assertThat(sink.rejections).extracting(RecordingPublicSink.Rejection::symbol).containsExactly(NOPE, null);
            assertThat(sink.rejections).extracting(RecordingPublicSink.Rejection::requestId).containsExactly(4, 5);
        }

        @Test
        @DisplayName("an ack that does not echo the request is a rejection, not an acceptance")
        void mismatch() {
            protocol.subscribe(6, PublicChannel.TRADES, List.of(BTC, ETH), 0);
            protocol.onText("{\"id\":6,\"code\":0,\"msg\":\"" + DEALS_BTC + "\"}", RN, sink);
            assertThat(sink.acks).isEmpty();
            assertThat(sink.rejections.get(0).error()).isInstanceOf(SubscriptionRejectedException.class)
                    .isNotInstanceOf(UnknownSymbolException.class);
            assertThat(sink.rejections.get(0).symbol()).isNull();
        }

        @Test
        @DisplayName("answers with nothing pending and unrelated text are unknown; broken JSON is a protocol error")
        void unknownAndMalformed() {
            protocol.onText("{\"id\":1,\"code\":0,\"msg\":\"" + DEALS_BTC + "\"}", RN, sink);
            protocol.onText("hello", RN, sink);
            protocol.onText("{\"id\":", RN, sink);
            assertThat(sink.unknown).isEqualTo(2);
            assertThat(sink.errors).hasSize(1);
        }
    }

    @Nested
    @DisplayName("pushes")
    class Pushes {

        @Test
        @DisplayName("aggre deals: one trade per item with exact price/size, aggressor side, item time and id")
        void deals() {
            ProtoWriter body = ProtoWriter.message()
                    .message(1, ProtoWriter.message().string(1, "97463.12").string(2, "0.0001778").int64(3, 1)
                            .int64(4, 1_738_000_000_001L).string(5, "505979017439002624X0_505979017439002625X0"))
                    .message(1, ProtoWriter.message().string(1, "97463.10").string(2, "1.5").int64(3, 2)
                            .int64(4, 1_738_000_000_002L))
                    .string(2, "spot@public.aggre.deals.v3.api.pb@100ms");
            binary(wrapper(DEALS_BTC, "BTCUSDT", 1_738_000_000_050L).message(314, body));
            assertThat(sink.trades).containsExactly(
                    new RecordingPublicSink.Trade(BTC, 505979017439002624L, Decimal.parse("97463.12"),
                            Decimal.parse("0.0001778"), Side.BUY, 1_738_000_000_001L, RN),
                    new RecordingPublicSink.Trade(BTC, TradeView.NO_TRADE_ID, Decimal.parse("97463.10"),
                            Decimal.parse("1.5"), Side.SELL, 1_738_000_000_002L, RN));
            assertThat(sink.errors).isEmpty();
        }

        @Test
        @DisplayName("aggre depth: levels as sent ('0' removes), fromVersion/toVersion as the update range")
        void depth() {
            ProtoWriter body = ProtoWriter.message()
                    .message(1, ProtoWriter.message().string(1, "97464.00").string(2, "0.5"))
                    .message(1, ProtoWriter.message().string(1, "97465.00").string(2, "0.00000000"))
                    .message(2, ProtoWriter.message().string(1, "97463.12").string(2, "1.25"))
                    .string(3, "spot@public.aggre.depth.v3.api.pb@100ms")
                    .string(4, "43296363236").string(5, "43296363255").int64(6, 1_738_000_000_000L);
            binary(wrapper("spot@public.aggre.depth.v3.api.pb@100ms@ETHUSDT", "ETHUSDT", 99).message(313, body));
            assertThat(sink.books).hasSize(1);
            RecordingPublicSink.Book b = sink.books.get(0);
            assertThat(b.symbol()).isEqualTo(ETH);
            assertThat(b.snapshot()).isFalse();
            assertThat(b.first()).isEqualTo(43_296_363_236L);
            assertThat(b.last()).isEqualTo(43_296_363_255L);
            assertThat(b.ts()).isEqualTo(99);
            assertThat(b.asks()).extracting(l -> l.price().toString() + "x" + l.size().toString())
                    .containsExactly("97464x0.5", "97465x0");
            assertThat(b.bids()).extracting(l -> l.price().toString() + "x" + l.size().toString())
                    .containsExactly("97463.12x1.25");
        }

        @Test
        @DisplayName("a single-version push (from = to) and versions before the levels are both fine")
        void depthSingleVersion() {
            ProtoWriter body = ProtoWriter.message().string(4, "74891313263").string(5, "74891313263")
                    .message(2, ProtoWriter.message().string(1, "1").string(2, "2"));
            binary(wrapper("spot@public.aggre.depth.v3.api.pb@100ms@BTCUSDT", "BTCUSDT", 1).message(313, body));
            assertThat(sink.books.get(0).first()).isEqualTo(74_891_313_263L);
            assertThat(sink.books.get(0).last()).isEqualTo(74_891_313_263L);
        }

        @Test
        @DisplayName("a depth push without versions cannot be sequenced: protocol error on ORDER_BOOK")
        void depthWithoutVersion() {
            binary(wrapper("spot@public.aggre.depth.v3.api.pb@100ms@BTCUSDT", "BTCUSDT", 1)
                    .message(313, ProtoWriter.message().message(1, ProtoWriter.message().string(1, "1"))));
            assertThat(sink.books).isEmpty();
            assertThat(sink.errors).extracting(RecordingPublicSink.Error::channel)
                    .containsExactly(PublicChannel.ORDER_BOOK);
        }

        @Test
        @DisplayName("aggre book ticker: the hand-computed capture-shaped frame decodes to 1 x 2 / 3 x 4")
        void bookTickerHandComputed() {
            byte[] frame = hex("0A 01 63 1A 07 42 54 43 55 53 44 54 30 E8 07"
                    + " DA 13 0C 0A 01 31 12 01 32 1A 01 33 22 01 34");
            protocol.onBinary(ByteBuffer.wrap(frame), RN, sink);
            assertThat(sink.quotes).containsExactly(new RecordingPublicSink.Quote(BTC, 0, Decimal.ofLong(1),
                    Decimal.ofLong(2), Decimal.ofLong(3), Decimal.ofLong(4), 1000));
        }

        @Test
        @DisplayName("book ticker: unchanged repeats are dropped within a second, changes and the refresh pass")
        void bookTickerDeduplicated() {
            ProtoWriter quote = ProtoWriter.message().string(1, "97463.12").string(2, "0.5").string(3, "97463.13")
                    .string(4, "0.25").string(5, "12345");
            String channel = "spot@public.aggre.bookTicker.v3.api.pb@10ms@BTCUSDT";
            byte[] same = wrapper(channel, "BTCUSDT", 1).message(315, quote).toByteArray();
            protocol.onBinary(ByteBuffer.wrap(same), RN, sink);
            protocol.onBinary(ByteBuffer.wrap(same), RN + 10_000_000L, sink);
            protocol.onBinary(ByteBuffer.wrap(same), RN + 20_000_000L, sink);
            assertThat(sink.quotes).hasSize(1);
            assertThat(sink.quotes.get(0).updateId()).isEqualTo(12345);
            ProtoWriter changed = ProtoWriter.message().string(1, "97463.12").string(2, "0.6").string(3, "97463.13")
                    .string(4, "0.25");
            binary(wrapper(channel, "BTCUSDT", 2).message(315, changed));
            assertThat(sink.quotes).hasSize(2);
            assertThat(sink.quotes.get(1).bidSize()).isEqualTo(Decimal.parse("0.6"));
            protocol.onBinary(ByteBuffer.wrap(same), RN + 30_000_000L, sink);
            protocol.onBinary(ByteBuffer.wrap(same), RN + 1_100_000_000L, sink);
            assertThat(sink.quotes).hasSize(4);
        }

        @Test
        @DisplayName("mini ticker: last, high, low, base volume, zoned change in percent; no bid/ask")
        void miniTicker() {
            ProtoWriter body = ProtoWriter.message().string(1, "BTCUSDT").string(2, "97463.12").string(3, "0.0123")
                    .string(4, "-0.0424").string(5, "98000").string(6, "96000.5").string(7, "123456789.1")
                    .string(8, "1234.5678");
            binary(ProtoWriter.message().string(1, "spot@public.miniTicker.v3.api.pb@BTCUSDT@24H").int64(6, 77)
                    .message(309, body));
            assertThat(sink.tickers).hasSize(1);
            var t = sink.tickers.get(0);
            assertThat(t.symbol()).isEqualTo(BTC);
            assertThat(t.market()).isEqualTo(MarketType.SPOT);
            assertThat(t.last()).isEqualTo(Decimal.parse("97463.12"));
            assertThat(t.high24h()).isEqualTo(Decimal.parse("98000"));
            assertThat(t.low24h()).isEqualTo(Decimal.parse("96000.5"));
            assertThat(t.volume24h()).isEqualTo(Decimal.parse("1234.5678"));
            assertThat(t.changePct24h()).isEqualTo(Decimal.parse("-4.24"));
            assertThat(t.bid()).isNull();
            assertThat(t.ask()).isNull();
            assertThat(t.exchangeTimestampMillis()).isEqualTo(77);
        }

        @Test
        @DisplayName("aggre deals and depth: fields added later (e.g. lastOrderCreateTime, unknown numbers) are skipped")
        void unknownProtobufFieldsSkipped() {
            binary(wrapper(DEALS_BTC, "BTCUSDT", 1).message(314, ProtoWriter.message()
                    .message(1, ProtoWriter.message().int64(9, 77).string(1, "97463.12").string(2, "0.5").int64(3, 2)
                            .string(8, "future").int64(4, 5))));
            binary(wrapper("spot@public.aggre.depth.v3.api.pb@100ms@BTCUSDT", "BTCUSDT", 1).message(313,
                    ProtoWriter.message().message(1, ProtoWriter.message().string(1, "97464").int64(3, 9)
                                    .string(2, "0.5"))
                            .string(4, "10").string(5, "11").int64(6, 1_738_000_000_000L)));
            assertThat(sink.trades).containsExactly(new RecordingPublicSink.Trade(BTC, TradeView.NO_TRADE_ID,
                    Decimal.parse("97463.12"), Decimal.parse("0.5"), Side.SELL, 5, RN));
            assertThat(sink.books).singleElement().satisfies(b ->
                    assertThat(b.asks()).extracting(l -> l.price() + "x" + l.size()).containsExactly("97464x0.5"));
            assertThat(sink.errors).isEmpty();
        }

        @Test
        @DisplayName("a trade id too long for a long is reported as no trade id rather than a wrapped number")
        void overlongTradeIdIsNoTradeId() {
            binary(wrapper(DEALS_BTC, "BTCUSDT", 1).message(314, ProtoWriter.message()
                    .message(1, ProtoWriter.message().string(1, "1").string(2, "1").int64(3, 1).int64(4, 5)
                            .string(5, "99999999999999999999X0_100000000000000000000X0"))
                    .message(1, ProtoWriter.message().string(1, "1").string(2, "1").int64(3, 1).int64(4, 6)
                            .string(5, "9223372036854775799X0"))));
            assertThat(sink.trades).extracting(RecordingPublicSink.Trade::id)
                    .containsExactly(TradeView.NO_TRADE_ID, 9_223_372_036_854_775_799L);
        }

        @Test
        @DisplayName("the symbol is taken from the channel when the wrapper has none")
        void symbolFromChannel() {
            binary(ProtoWriter.message().string(1, DEALS_ETH).message(314, ProtoWriter.message()
                    .message(1, ProtoWriter.message().string(1, "1").string(2, "1").int64(3, 1).int64(4, 5))));
            assertThat(sink.trades).extracting(RecordingPublicSink.Trade::symbol).containsExactly(ETH);
        }

        @Test
        @DisplayName("pushes for symbols not in the table and unknown bodies are counted as unknown")
        void unknown() {
            binary(wrapper("spot@public.aggre.deals.v3.api.pb@100ms@XRPUSDT", "XRPUSDT", 1)
                    .message(314, ProtoWriter.message()));
            binary(wrapper("spot@public.kline.v3.api.pb@BTCUSDT@Min1", "BTCUSDT", 1)
                    .message(308, ProtoWriter.message().string(1, "Min1")));
            assertThat(sink.unknown).isEqualTo(2);
            assertThat(sink.trades).isEmpty();
        }

        @Test
        @DisplayName("broken protobuf and an unknown tradeType are protocol errors; the protocol keeps working")
        void malformed() {
            protocol.onBinary(ByteBuffer.wrap(hex("0A 05 61")), RN, sink);
            binary(wrapper(DEALS_BTC, "BTCUSDT", 1).message(314, ProtoWriter.message()
                    .message(1, ProtoWriter.message().string(1, "1").string(2, "1").int64(3, 9))));
            assertThat(sink.errors).hasSize(2);
            assertThat(sink.errors.get(1).channel()).isEqualTo(PublicChannel.TRADES);
            binary(wrapper(DEALS_BTC, "BTCUSDT", 1).message(314, ProtoWriter.message()
                    .message(1, ProtoWriter.message().string(1, "2").string(2, "1").int64(3, 1))));
            assertThat(sink.trades).hasSize(1);
        }
    }
}
