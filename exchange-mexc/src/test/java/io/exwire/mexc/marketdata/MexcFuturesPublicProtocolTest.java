package io.exwire.mexc.marketdata;

import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.mexc.testing.Configs;
import io.exwire.testkit.sinks.RecordingPublicSink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(10)
class MexcFuturesPublicProtocolTest {

    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final Symbol ETH = Symbol.of("ETH", "USDT");
    static final Symbol NOPE = Symbol.of("NOPE", "USDT");
    static final long RN = 1_700_000_000_000_000_000L;

    final SymbolTable table = new SymbolTable();
    final RecordingPublicSink sink = new RecordingPublicSink();
    final MexcFuturesPublicProtocol protocol;

    MexcFuturesPublicProtocolTest() {
        table.put("BTC_USDT", BTC);
        table.put("ETH_USDT", ETH);
        protocol = new MexcFuturesPublicProtocol(Configs.of(MarketType.FUTURES, Map.of()), table);
    }

    void text(String frame) {
        protocol.onText(frame, RN, sink);
    }

    @Nested
    @DisplayName("requests")
    class Requests {

        @Test
        @DisplayName("sub.* frames: BTC_USDT, gzip off, compress off for deal/depth, limit 5 for depth.full")
        void subscribeFrames() {
            assertThat(protocol.subscribe(1, PublicChannel.TRADES, List.of(BTC), 0)).isEqualTo(
                    "{\"method\":\"sub.deal\",\"param\":{\"symbol\":\"BTC_USDT\",\"compress\":false},\"gzip\":false}");
            assertThat(protocol.subscribe(2, PublicChannel.ORDER_BOOK, List.of(BTC), 0)).isEqualTo(
                    "{\"method\":\"sub.depth\",\"param\":{\"symbol\":\"BTC_USDT\",\"compress\":false},\"gzip\":false}");
            assertThat(protocol.subscribe(3, PublicChannel.BOOK_TICKER, List.of(BTC), 0)).isEqualTo(
                    "{\"method\":\"sub.depth.full\",\"param\":{\"symbol\":\"BTC_USDT\",\"limit\":5},\"gzip\":false}");
            assertThat(protocol.subscribe(4, PublicChannel.TICKER, List.of(BTC), 0)).isEqualTo(
                    "{\"method\":\"sub.ticker\",\"param\":{\"symbol\":\"BTC_USDT\"},\"gzip\":false}");
        }

        @Test
        @DisplayName("unsub.* frames, the lower-case JSON ping, one symbol per request")
        void unsubscribeAndPing() {
            assertThat(protocol.unsubscribe(5, PublicChannel.BOOK_TICKER, List.of(ETH), 0))
                    .isEqualTo("{\"method\":\"unsub.depth.full\",\"param\":{\"symbol\":\"ETH_USDT\"}}");
            assertThat(protocol.ping(1, 0)).isEqualTo("{\"method\":\"ping\"}");
            assertThatThrownBy(() -> protocol.subscribe(6, PublicChannel.TRADES, List.of(BTC, ETH), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("compress=true leaves the venue's merging on; other values are refused")
        void compressOption() {
            FuturesChannels merged = FuturesChannels.of(Configs.of(MarketType.FUTURES, Map.of("compress", "true")));
            assertThat(merged.subscribe(PublicChannel.ORDER_BOOK, "BTC_USDT")).doesNotContain("compress");
            assertThatThrownBy(() -> FuturesChannels.of(Configs.of(MarketType.FUTURES, Map.of("compress", "yes"))))
                    .isInstanceOf(ConfigurationException.class);
        }
    }

    @Nested
    @DisplayName("answers")
    class Answers {

        @Test
        @DisplayName("id-less rs.sub.* answers go to the oldest request of that topic, in order")
        void fifoAcks() {
            protocol.subscribe(1, PublicChannel.TRADES, List.of(BTC), 0);
            protocol.subscribe(2, PublicChannel.ORDER_BOOK, List.of(BTC), 0);
            protocol.subscribe(3, PublicChannel.TRADES, List.of(ETH), 0);
            text("{\"channel\":\"rs.sub.deal\",\"data\":\"success\",\"ts\":1587442022003}");
            text("{\"channel\":\"rs.sub.deal\",\"data\":\"success\",\"ts\":\"1587442022003\"}");
            text("{\"channel\":\"rs.sub.depth\",\"data\":\"success\",\"ts\":1}");
            assertThat(sink.acks).containsExactly(1, 3, 2);
            protocol.unsubscribe(4, PublicChannel.TRADES, List.of(BTC), 0);
            text("{\"channel\":\"rs.unsub.deal\",\"data\":\"success\",\"ts\":1}");
            assertThat(sink.acks).containsExactly(1, 3, 2, 4);
        }

        @Test
        @DisplayName("rs.error naming a contract rejects that symbol's request as an unknown symbol")
        void unknownContract() {
            protocol.subscribe(1, PublicChannel.TRADES, List.of(BTC), 0);
            protocol.subscribe(2, PublicChannel.TRADES, List.of(NOPE), 0);
            text("{\"channel\":\"rs.error\",\"data\":\"Contract [NOPE_USDT] not exists\",\"ts\":1}");
            assertThat(sink.rejections).hasSize(1);
            assertThat(sink.rejections.get(0).requestId()).isEqualTo(2);
            assertThat(sink.rejections.get(0).symbol()).isEqualTo(NOPE);
            assertThat(sink.rejections.get(0).error()).isInstanceOf(UnknownSymbolException.class);
            text("{\"channel\":\"rs.sub.deal\",\"data\":\"success\"}");
            assertThat(sink.acks).containsExactly(1);
        }

        @Test
        @DisplayName("another rs.error rejects the oldest request; the 60 s error replaces the connection")
        void otherErrors() {
            protocol.subscribe(7, PublicChannel.TICKER, List.of(BTC), 0);
            text("{\"channel\":\"rs.error\",\"data\":\"Not support interval\",\"ts\":1}");
            assertThat(sink.rejections.get(0).requestId()).isEqualTo(7);
            assertThat(sink.rejections.get(0).error()).isInstanceOf(SubscriptionRejectedException.class)
                    .isNotInstanceOf(UnknownSymbolException.class);
            text("{\"channel\":\"rs.error\",\"data\":\"more than 60 seconds no response, close the channel\"}");
            assertThat(sink.replacements).hasSize(1);
            text("{\"channel\":\"rs.error\",\"data\":\"something\"}");
            assertThat(sink.unknown).isEqualTo(1);
        }

        @Test
        @DisplayName("pong (including duplicates) is a pong; an unexpected answer is unknown")
        void pong() {
            text("{\"channel\":\"pong\",\"data\":1587453241453}");
            text("{\"channel\":\"pong\",\"data\":1587453241453,\"ts\":1587453241453}");
            text("{\"channel\":\"rs.sub.kline\",\"data\":\"success\"}");
            assertThat(sink.pongs).isEqualTo(2);
            assertThat(sink.unknown).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("pushes")
    class Pushes {

        @Test
        @DisplayName("push.deal as an array: exact contracts, taker side, time and id (number or string)")
        void dealArray() {
            text("{\"channel\":\"push.deal\",\"data\":[{\"M\":1,\"O\":1,\"T\":1,\"p\":6866.5,\"t\":1587442049632,"
                    + "\"v\":2096,\"i\":16435741160},{\"M\":2,\"O\":3,\"T\":2,\"p\":\"6866.4\",\"t\":1587442049633,"
                    + "\"v\":\"3\",\"i\":\"16435741161\"}],\"symbol\":\"BTC_USDT\",\"ts\":1587442022003}");
            assertThat(sink.trades).containsExactly(
                    new RecordingPublicSink.Trade(BTC, 16435741160L, Decimal.parse("6866.5"), Decimal.ofLong(2096),
                            Side.BUY, 1587442049632L, RN),
                    new RecordingPublicSink.Trade(BTC, 16435741161L, Decimal.parse("6866.4"), Decimal.ofLong(3),
                            Side.SELL, 1587442049633L, RN));
        }

        @Test
        @DisplayName("push.deal as a single object (older documentation) without an id")
        void dealObject() {
            text("{\"channel\":\"push.deal\",\"data\":{\"M\":1,\"O\":1,\"T\":2,\"p\":0.707,\"t\":5,\"v\":1},"
                    + "\"symbol\":\"ETH_USDT\",\"ts\":6}");
            assertThat(sink.trades).containsExactly(new RecordingPublicSink.Trade(ETH, TradeView.NO_TRADE_ID,
                    Decimal.parse("0.707"), Decimal.ofLong(1), Side.SELL, 5, RN));
        }

        @Test
        @DisplayName("push.depth: [price, contracts, count] levels, one version as the range")
        void depthVersion() {
            text("{\"channel\":\"push.depth\",\"data\":{\"asks\":[[6859.5,3251,1],[6860,0,0]],\"bids\":[],"
                    + "\"version\":96801927},\"symbol\":\"BTC_USDT\",\"ts\":1587442022003}");
            RecordingPublicSink.Book b = sink.books.get(0);
            assertThat(b.symbol()).isEqualTo(BTC);
            assertThat(b.first()).isEqualTo(96801927L);
            assertThat(b.last()).isEqualTo(96801927L);
            assertThat(b.ts()).isEqualTo(1587442022003L);
            assertThat(b.asks()).extracting(l -> l.price() + "x" + l.size()).containsExactly("6859.5x3251", "6860x0");
            assertThat(b.bids()).isEmpty();
        }

        @Test
        @DisplayName("a merged push.depth carries begin/end, which become the range")
        void depthMerged() {
            text("{\"channel\":\"push.depth\",\"data\":{\"asks\":[],\"bids\":[[100.1,5,2]],\"begin\":10,\"end\":14,"
                    + "\"version\":14},\"symbol\":\"ETH_USDT\",\"ts\":1}");
            assertThat(sink.books.get(0).first()).isEqualTo(10);
            assertThat(sink.books.get(0).last()).isEqualTo(14);
            text("{\"channel\":\"push.depth\",\"data\":{\"asks\":[],\"bids\":[],\"begin\":15,\"end\":17},"
                    + "\"symbol\":\"ETH_USDT\",\"ts\":2}");
            assertThat(sink.books.get(1).first()).isEqualTo(15);
            assertThat(sink.books.get(1).last()).isEqualTo(17);
        }

        @Test
        @DisplayName("push.depth without any version is a protocol error on ORDER_BOOK")
        void depthWithoutVersion() {
            text("{\"channel\":\"push.depth\",\"data\":{\"asks\":[],\"bids\":[]},\"symbol\":\"BTC_USDT\"}");
            assertThat(sink.books).isEmpty();
            assertThat(sink.errors).extracting(RecordingPublicSink.Error::channel)
                    .containsExactly(PublicChannel.ORDER_BOOK);
        }

        @Test
        @DisplayName("push.depth.full gives the best bid/ask with the snapshot version as update id")
        void topOfBook() {
            text("{\"channel\":\"push.depth.full\",\"data\":{\"asks\":[[6866.5,10,1],[6867,5,1]],"
                    + "\"bids\":[[6865,7,2],[6864,1,1]],\"version\":42},\"symbol\":\"BTC_USDT\",\"ts\":9}");
            assertThat(sink.quotes).containsExactly(new RecordingPublicSink.Quote(BTC, 42, Decimal.ofLong(6865),
                    Decimal.ofLong(7), Decimal.parse("6866.5"), Decimal.ofLong(10), 9));
            text("{\"channel\":\"push.depth.full\",\"data\":{\"asks\":[],\"bids\":[[1,1,1]],\"version\":43},"
                    + "\"symbol\":\"BTC_USDT\",\"ts\":10}");
            assertThat(sink.quotes).hasSize(1);
        }

        @Test
        @DisplayName("push.ticker: last, bid1/ask1, 24 h high/low/volume, riseFallRate in percent")
        void ticker() {
            text("{\"channel\":\"push.ticker\",\"data\":{\"ask1\":6866.5,\"bid1\":6865,\"contractId\":1,"
                    + "\"fairPrice\":6867.4,\"fundingRate\":0.0008,\"high24Price\":7223.5,\"indexPrice\":6861.6,"
                    + "\"lastPrice\":6865.5,\"lower24Price\":6756,\"riseFallRate\":-0.0424,\"riseFallValue\":-304.5,"
                    + "\"symbol\":\"BTC_USDT\",\"timestamp\":1587442022003,\"holdVol\":2284742,"
                    + "\"volume24\":164586129},\"symbol\":\"BTC_USDT\",\"ts\":1587442022004}");
            Ticker t = sink.tickers.get(0);
            assertThat(t.symbol()).isEqualTo(BTC);
            assertThat(t.market()).isEqualTo(MarketType.FUTURES);
            assertThat(t.last()).isEqualTo(Decimal.parse("6865.5"));
            assertThat(t.bid()).isEqualTo(Decimal.ofLong(6865));
            assertThat(t.ask()).isEqualTo(Decimal.parse("6866.5"));
            assertThat(t.high24h()).isEqualTo(Decimal.parse("7223.5"));
            assertThat(t.low24h()).isEqualTo(Decimal.ofLong(6756));
            assertThat(t.volume24h()).isEqualTo(Decimal.ofLong(164586129));
            assertThat(t.changePct24h()).isEqualTo(Decimal.parse("-4.24"));
            assertThat(t.exchangeTimestampMillis()).isEqualTo(1587442022003L);
        }

        @Test
        @DisplayName("push.ticker without an envelope symbol takes the symbol inside data; none or an unknown one is unknown")
        void tickerSymbolFromData() {
            text("{\"channel\":\"push.ticker\",\"data\":{\"symbol\":\"ETH_USDT\",\"lastPrice\":3000.5,"
                    + "\"riseFallRate\":0.01,\"volume24\":7},\"ts\":1587442022004}");
            text("{\"channel\":\"push.ticker\",\"data\":{\"symbol\":\"XRP_USDT\",\"lastPrice\":1},\"ts\":1}");
            text("{\"channel\":\"push.ticker\",\"data\":{\"lastPrice\":1},\"ts\":1}");
            assertThat(sink.tickers).singleElement().satisfies(t -> {
                assertThat(t.symbol()).isEqualTo(ETH);
                assertThat(t.last()).isEqualTo(Decimal.parse("3000.5"));
                assertThat(t.changePct24h()).isEqualTo(Decimal.ofLong(1));
                assertThat(t.exchangeTimestampMillis()).as("the envelope ts without a data timestamp")
                        .isEqualTo(1587442022004L);
            });
            assertThat(sink.unknown).isEqualTo(2);
        }

        @Test
        @DisplayName("push.depth and push.depth.full ignore fields they do not use (cts, unknown extras)")
        void depthExtraFieldsIgnored() {
            text("{\"channel\":\"push.depth\",\"data\":{\"cts\":1587442022001,\"asks\":[[6859.5,3251,1]],"
                    + "\"bids\":[],\"extra\":{\"a\":[1]},\"version\":96801928},\"symbol\":\"BTC_USDT\",\"ts\":5}");
            text("{\"channel\":\"push.depth.full\",\"data\":{\"asks\":[[6866.5,10,1]],\"cts\":1587442022002,"
                    + "\"bids\":[[6865,7,2]],\"limit\":5,\"version\":44},\"symbol\":\"BTC_USDT\",\"ts\":6}");
            assertThat(sink.books).singleElement().satisfies(b -> {
                assertThat(b.first()).isEqualTo(96801928L);
                assertThat(b.asks()).extracting(l -> l.price() + "x" + l.size()).containsExactly("6859.5x3251");
            });
            assertThat(sink.quotes).containsExactly(new RecordingPublicSink.Quote(BTC, 44, Decimal.ofLong(6865),
                    Decimal.ofLong(7), Decimal.parse("6866.5"), Decimal.ofLong(10), 6));
            assertThat(sink.errors).isEmpty();
        }

        @Test
        @DisplayName("pushes for symbols not subscribed and unknown channels are counted as unknown")
        void unknown() {
            text("{\"channel\":\"push.deal\",\"data\":[{\"T\":1,\"p\":1,\"t\":1,\"v\":1}],\"symbol\":\"XRP_USDT\"}");
            text("{\"channel\":\"push.kline\",\"data\":{\"a\":1},\"symbol\":\"BTC_USDT\"}");
            assertThat(sink.unknown).isEqualTo(2);
            assertThat(sink.trades).isEmpty();
        }

        @Test
        @DisplayName("malformed JSON and an unknown deal side are protocol errors")
        void malformed() {
            text("{\"channel\":\"push.deal\",\"data\":[{\"T\":3,\"p\":1,\"t\":1,\"v\":1}],\"symbol\":\"BTC_USDT\"}");
            text("{\"channel\":\"push.deal\",\"data\":[{");
            // 2^32 + 1: a side code is compared whole, never narrowed to an int that reads as 1 (buy)
            text("{\"channel\":\"push.deal\",\"data\":[{\"T\":4294967297,\"p\":1,\"t\":1,\"v\":1}],"
                    + "\"symbol\":\"BTC_USDT\"}");
            assertThat(sink.errors).hasSize(3);
            assertThat(sink.trades).isEmpty();
            assertThat(sink.errors.get(0).channel()).isEqualTo(PublicChannel.TRADES);
        }

        @Test
        @DisplayName("a deal without a price or a size is a protocol error, never the previous deal's values")
        void dealWithoutPriceOrSize() {
            text("{\"channel\":\"push.deal\",\"data\":[{\"T\":1,\"p\":7,\"t\":1,\"v\":3}],\"symbol\":\"BTC_USDT\"}");
            text("{\"channel\":\"push.deal\",\"data\":[{\"T\":1,\"t\":2,\"v\":1}],\"symbol\":\"BTC_USDT\"}");
            text("{\"channel\":\"push.deal\",\"data\":[{\"T\":2,\"p\":8,\"t\":3}],\"symbol\":\"BTC_USDT\"}");
            assertThat(sink.trades).hasSize(1);
            assertThat(sink.errors).hasSize(2);
            assertThat(sink.errors).allSatisfy(e -> assertThat(e.channel()).isEqualTo(PublicChannel.TRADES));
        }

        @Test
        @DisplayName("a gzip binary frame is inflated and decoded; other binary frames are unknown")
        void gzipFrames() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write("{\"channel\":\"pong\",\"data\":1}".getBytes(StandardCharsets.UTF_8));
            }
            protocol.onBinary(ByteBuffer.wrap(out.toByteArray()), RN, sink);
            protocol.onBinary(ByteBuffer.wrap(new byte[]{1, 2, 3}), RN, sink);
            assertThat(sink.pongs).isEqualTo(1);
            assertThat(sink.unknown).isEqualTo(1);
        }
    }
}
