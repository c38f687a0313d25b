package io.exwire.gateio.marketdata;

import io.exwire.testkit.sinks.RecordingPublicSink;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.gateio.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class PublicDecoderTest {

    static final Symbol BTC = Symbol.of("BTC", "USDT");
    static final Symbol ETH = Symbol.of("ETH", "USDT");
    static final long RECEIVED = 1_700_000_000_123_456_789L;

    static GateioPublicProtocol protocol(MarketType market) {
        SymbolTable table = new SymbolTable();
        table.put("BTC_USDT", BTC);
        table.put("ETH_USDT", ETH);
        return new GateioPublicProtocol(ExchangeConfig.builder(ExchangeId.of("gateio"), market).build(), table);
    }

    static RecordingPublicSink decode(MarketType market, String file, String name) {
        RecordingPublicSink sink = new RecordingPublicSink();
        protocol(market).onText(Fixtures.frame(file, name), RECEIVED, sink);
        return sink;
    }

    static PriceLevel level(String price, String size) {
        return new PriceLevel(Decimal.parse(price), Decimal.parse(size));
    }

    @Nested
    @DisplayName("trades")
    class Trades {
        @Test
        @DisplayName("spot trade: fractional-ms string time truncated, taker side, exact decimals")
        void spotTrade() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.trades.json", "buy");
            assertThat(sink.trades).containsExactly(new RecordingPublicSink.Trade(BTC, 309143071L,
                    Decimal.parse("0.4705"), Decimal.parse("16.47"), Side.SELL, 1606292218213L, RECEIVED));
            assertThat(sink.total()).isEqualTo(1);
        }

        @Test
        @DisplayName("a result sent before channel and event is decoded after them")
        void resultFirst() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.trades.json", "result_first");
            assertThat(sink.trades).singleElement().satisfies(t -> {
                assertThat(t.symbol()).isEqualTo(ETH);
                assertThat(t.price()).isEqualTo(Decimal.parse("3000.25"));
                assertThat(t.side()).isEqualTo(Side.BUY);
                assertThat(t.ts()).isEqualTo(1606292218001L);
            });
        }

        @Test
        @DisplayName("a trade of a symbol not in the table is counted as unknown, not delivered")
        void unknownPair() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.trades.json", "unknown_pair");
            assertThat(sink.trades).isEmpty();
            assertThat(sink.unknown).isEqualTo(1);
        }

        @Test
        @DisplayName("futures trades: signed integer and decimal-string sizes become absolute with the side")
        void futuresSigned() {
            RecordingPublicSink sink = decode(MarketType.FUTURES, "futures.trades.json", "mixed");
            assertThat(sink.trades).containsExactly(
                    new RecordingPublicSink.Trade(BTC, 27753479L, Decimal.parse("96.4"), Decimal.ofLong(108),
                            Side.SELL, 1545136464123L, RECEIVED),
                    new RecordingPublicSink.Trade(BTC, 27753480L, Decimal.parse("96.5"), Decimal.parse("2.5"),
                            Side.BUY, 1545136465001L, RECEIVED));
        }

        @Test
        @DisplayName("futures trades documented as an array are accepted as a bare object")
        void futuresBareObject() {
            RecordingPublicSink sink = decode(MarketType.FUTURES, "futures.trades.json", "bare_object");
            assertThat(sink.trades).singleElement().satisfies(t -> {
                assertThat(t.size()).isEqualTo(Decimal.parse("0.25"));
                assertThat(t.side()).isEqualTo(Side.SELL);
            });
        }
    }

    @Nested
    @DisplayName("best bid/ask")
    class BookTickers {
        @Test
        @DisplayName("spot book ticker with update id and ms time")
        void spot() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.book_ticker.json", "quote");
            assertThat(sink.quotes).containsExactly(new RecordingPublicSink.Quote(BTC, 48733182L,
                    Decimal.parse("19177.79"), Decimal.parse("0.0003341504"), Decimal.parse("19179.38"),
                    Decimal.parse("0.09"), 1606293275123L));
        }

        @Test
        @DisplayName("futures book ticker: integer and decimal sizes, update id as number or string")
        void futures() {
            RecordingPublicSink sink = decode(MarketType.FUTURES, "futures.book_ticker.json", "quote");
            assertThat(sink.quotes).containsExactly(new RecordingPublicSink.Quote(BTC, 2517661076L,
                    Decimal.parse("54696.6"), Decimal.ofLong(37000), Decimal.parse("54696.7"),
                    Decimal.parse("47061.5"), 1615366379123L));
        }

        @Test
        @DisplayName("fields the decoder does not know (scalars or nested) are skipped without disturbing the quote")
        void unknownFieldsSkipped() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.book_ticker.json", "extra_fields");
            assertThat(sink.quotes).containsExactly(new RecordingPublicSink.Quote(BTC, 48733183L,
                    Decimal.parse("19177.79"), Decimal.parse("0.5"), Decimal.parse("19179.38"), Decimal.parse("0.09"),
                    1606293275799L));
            assertThat(sink.unknown).isZero();
        }

        @Test
        @DisplayName("a book ticker of a pair not in the table is counted as unknown, not delivered")
        void unknownPair() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.book_ticker.json", "unknown_pair");
            assertThat(sink.quotes).isEmpty();
            assertThat(sink.unknown).isEqualTo(1);
        }

        @Test
        @DisplayName("an empty futures side (price \"\", size 0) reads as zero")
        void emptySide() {
            RecordingPublicSink sink = decode(MarketType.FUTURES, "futures.book_ticker.json", "empty_bid");
            assertThat(sink.quotes).singleElement().satisfies(q -> {
                assertThat(q.updateId()).isEqualTo(2517661077L);
                assertThat(q.bidPrice().isZero()).isTrue();
                assertThat(q.bidSize().isZero()).isTrue();
                assertThat(q.askPrice()).isEqualTo(Decimal.parse("54696.7"));
            });
        }
    }

    @Nested
    @DisplayName("order book")
    class Books {
        @Test
        @DisplayName("spot delta: U/u range, absolute sizes, 0 removes, not a snapshot")
        void spotDelta() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.order_book_update.json", "delta");
            assertThat(sink.books).containsExactly(new RecordingPublicSink.Book(BTC, false, 48776301L, 48776306L,
                    1606294781123L, List.of(level("19137.74", "0.0001"), level("19088.37", "0")),
                    List.of(level("19137.75", "0.6135"))));
        }

        @Test
        @DisplayName("full:true replaces the book: a snapshot with its last id")
        void spotFull() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.order_book_update.json", "full");
            assertThat(sink.books).singleElement().satisfies(b -> {
                assertThat(b.snapshot()).isTrue();
                assertThat(b.last()).isEqualTo(48776310L);
                assertThat(b.bids()).containsExactly(level("19137.70", "1.5"));
                assertThat(b.asks()).hasSize(2);
            });
        }

        @Test
        @DisplayName("a push with empty sides still carries its ids so the book advances")
        void emptySides() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.order_book_update.json", "empty");
            assertThat(sink.books).singleElement().satisfies(b -> {
                assertThat(b.first()).isEqualTo(48776311L);
                assertThat(b.last()).isEqualTo(48776312L);
                assertThat(b.bids()).isEmpty();
                assertThat(b.asks()).isEmpty();
            });
        }

        @Test
        @DisplayName("ids and symbol after the levels are still applied")
        void idsAfterLevels() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.order_book_update.json", "ids_after_levels");
            assertThat(sink.books).containsExactly(new RecordingPublicSink.Book(BTC, false, 48776313L, 48776313L,
                    1606294781399L, List.of(level("1.5", "2")), List.of()));
        }

        @Test
        @DisplayName("futures delta: {p,s} levels, integer and decimal-string contract sizes")
        void futuresDelta() {
            RecordingPublicSink sink = decode(MarketType.FUTURES, "futures.order_book_update.json", "delta");
            assertThat(sink.books).containsExactly(new RecordingPublicSink.Book(BTC, false, 2517661101L,
                    2517661113L, 1615366381417L, List.of(level("54672.1", "0"), level("54664.5", "58794")),
                    List.of(level("54743.6", "0.5"), level("54742", "95"))));
        }

        @Test
        @DisplayName("an order-book push of a pair not in the table is counted as unknown, not delivered")
        void unknownPair() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.order_book_update.json", "unknown_pair");
            assertThat(sink.books).isEmpty();
            assertThat(sink.unknown).isEqualTo(1);
        }

        @Test
        @DisplayName("a null side carries no levels; the other side and the ids still apply")
        void nullSide() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.order_book_update.json", "null_side");
            assertThat(sink.books).containsExactly(new RecordingPublicSink.Book(BTC, false, 48776314L, 48776315L,
                    1606294781599L, List.of(), List.of(level("19137.80", "1"))));
        }

        @Test
        @DisplayName("spot levels: elements after [price, amount] are ignored")
        void extraLevelElementsIgnored() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.order_book_update.json", "extra_level_elements");
            assertThat(sink.books).singleElement().satisfies(b -> {
                assertThat(b.bids()).containsExactly(level("19137.70", "1.5"));
                assertThat(b.asks()).containsExactly(level("19137.80", "2"));
            });
        }

        @Test
        @DisplayName("a full push without U is a snapshot whose range is just u")
        void fullWithoutFirstId() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.order_book_update.json", "full_without_first_id");
            assertThat(sink.books).containsExactly(new RecordingPublicSink.Book(BTC, true, 48776400L, 48776400L,
                    1606294781799L, List.of(level("19137.70", "1")), List.of()));
        }

        @Test
        @DisplayName("futures {p,s} levels in any field order, with extra fields (legacy c, id) ignored")
        void futuresLevelExtraFields() {
            RecordingPublicSink sink = decode(MarketType.FUTURES, "futures.order_book_update.json", "legacy_level_fields");
            assertThat(sink.books).containsExactly(new RecordingPublicSink.Book(BTC, false, 2517661121L, 2517661122L,
                    1615366381599L, List.of(level("54672.1", "7")), List.of(level("54743.6", "1.5"))));
        }

        @Test
        @DisplayName("futures full:true is a snapshot")
        void futuresFull() {
            RecordingPublicSink sink = decode(MarketType.FUTURES, "futures.order_book_update.json", "full");
            assertThat(sink.books).singleElement().satisfies(b -> {
                assertThat(b.snapshot()).isTrue();
                assertThat(b.bids()).containsExactly(level("54672.1", "12.25"));
            });
        }
    }

    @Nested
    @DisplayName("tickers")
    class Tickers {
        @Test
        @DisplayName("spot ticker: bid/ask, base volume, frame time")
        void spot() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.tickers.json", "ticker");
            Ticker t = sink.tickers.get(0);
            assertThat(t.symbol()).isEqualTo(BTC);
            assertThat(t.last()).isEqualTo(Decimal.parse("15743.4"));
            assertThat(t.bid()).isEqualTo(Decimal.parse("15743.5"));
            assertThat(t.ask()).isEqualTo(Decimal.parse("15744.4"));
            assertThat(t.volume24h()).isEqualTo(Decimal.parse("9110.473081735"));
            assertThat(t.changePct24h()).isEqualTo(Decimal.parse("-1.8254"));
            assertThat(t.exchangeTimestampMillis()).isEqualTo(1669107766406L);
            assertThat(t.receiveTimestampNanos()).isEqualTo(RECEIVED);
        }

        @Test
        @DisplayName("futures tickers array: contract volume, no bid/ask")
        void futures() {
            RecordingPublicSink sink = decode(MarketType.FUTURES, "futures.tickers.json", "tickers");
            Ticker t = sink.tickers.get(0);
            assertThat(t.market()).isEqualTo(MarketType.FUTURES);
            assertThat(t.volume24h()).isEqualTo(Decimal.parse("745487577"));
            assertThat(t.high24h()).isEqualTo(Decimal.parse("119.4"));
            assertThat(t.bid()).isNull();
            assertThat(t.ask()).isNull();
        }

        @Test
        @DisplayName("a spot ticker of a pair not in the table is counted as unknown, not delivered")
        void spotUnknownPair() {
            RecordingPublicSink sink = decode(MarketType.SPOT, "spot.tickers.json", "unknown_pair");
            assertThat(sink.tickers).isEmpty();
            assertThat(sink.unknown).isEqualTo(1);
        }

        @Test
        @DisplayName("futures tickers: entries of unknown or missing contracts are counted as unknown, the others delivered")
        void futuresUnknownEntriesSkipped() {
            RecordingPublicSink sink = decode(MarketType.FUTURES, "futures.tickers.json", "known_and_unknown");
            assertThat(sink.unknown).isEqualTo(2);
            assertThat(sink.tickers).singleElement().satisfies(t -> {
                assertThat(t.symbol()).isEqualTo(ETH);
                assertThat(t.last()).isEqualTo(Decimal.parse("3000.5"));
                assertThat(t.volume24h()).isEqualTo(Decimal.parse("123"));
                assertThat(t.changePct24h()).isEqualTo(Decimal.parse("-0.5"));
                assertThat(t.exchangeTimestampMillis()).as("the frame's time_ms").isEqualTo(1541659087123L);
            });
        }
    }
}
