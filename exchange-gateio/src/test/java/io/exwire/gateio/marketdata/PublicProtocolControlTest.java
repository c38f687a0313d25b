package io.exwire.gateio.marketdata;

import io.exwire.testkit.sinks.RecordingPublicSink;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.gateio.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static io.exwire.gateio.marketdata.PublicDecoderTest.BTC;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class PublicProtocolControlTest {

    static final Symbol NOPE = Symbol.of("NOPE", "USDT");
    static final long NOW = 1_700_000_000_999L;

    private final RecordingPublicSink sink = new RecordingPublicSink();

    private void feed(GateioPublicProtocol protocol, String name) {
        protocol.onText(Fixtures.frame("control.json", name), 1L, sink);
    }

    @Test
    @DisplayName("subscribe requests carry time in seconds, the id, the channel and the pairs")
    void encodesSubscribe() {
        GateioPublicProtocol p = PublicDecoderTest.protocol(MarketType.SPOT);
        assertThat(p.subscribe(7, PublicChannel.TRADES, List.of(BTC, PublicDecoderTest.ETH), NOW)).isEqualTo(
                "{\"time\":1700000000,\"id\":7,\"channel\":\"spot.trades\",\"event\":\"subscribe\","
                        + "\"payload\":[\"BTC_USDT\",\"ETH_USDT\"]}");
        assertThat(p.unsubscribe(8, PublicChannel.TICKER, List.of(BTC), NOW)).isEqualTo(
                "{\"time\":1700000000,\"id\":8,\"channel\":\"spot.tickers\",\"event\":\"unsubscribe\","
                        + "\"payload\":[\"BTC_USDT\"]}");
    }

    @Test
    @DisplayName("book subscriptions pick the stream from the configured depth")
    void encodesBookStreams() {
        GateioPublicProtocol spot20 = PublicDecoderTest.protocol(MarketType.SPOT);
        assertThat(spot20.subscribe(1, PublicChannel.ORDER_BOOK, List.of(BTC), NOW))
                .contains("\"channel\":\"spot.order_book_update\"").contains("\"payload\":[\"BTC_USDT\",\"20ms\"]");
        GateioPublicProtocol futures20 = PublicDecoderTest.protocol(MarketType.FUTURES);
        assertThat(futures20.subscribe(2, PublicChannel.ORDER_BOOK, List.of(BTC), NOW))
                .contains("\"channel\":\"futures.order_book_update\"")
                .contains("\"payload\":[\"BTC_USDT\",\"20ms\",\"20\"]");
        GateioPublicProtocol futures50 = new GateioPublicProtocol(ExchangeConfig.builder(ExchangeId.of("gateio"),
                MarketType.FUTURES).bookDepth(50).build(), new SymbolTable());
        assertThat(futures50.subscribe(3, PublicChannel.ORDER_BOOK, List.of(BTC), NOW))
                .contains("\"payload\":[\"BTC_USDT\",\"100ms\",\"50\"]");
        GateioPublicProtocol spot100 = new GateioPublicProtocol(ExchangeConfig.builder(ExchangeId.of("gateio"),
                MarketType.SPOT).bookDepth(100).build(), new SymbolTable());
        assertThat(spot100.subscribe(4, PublicChannel.ORDER_BOOK, List.of(BTC), NOW))
                .contains("\"payload\":[\"BTC_USDT\",\"100ms\"]");
    }

    @Test
    @DisplayName("app-level pings: spot.ping / futures.ping with seconds, no event or payload")
    void encodesPing() {
        assertThat(PublicDecoderTest.protocol(MarketType.SPOT).ping(5, NOW))
                .isEqualTo("{\"time\":1700000000,\"id\":5,\"channel\":\"spot.ping\"}");
        assertThat(PublicDecoderTest.protocol(MarketType.FUTURES).ping(6, NOW))
                .isEqualTo("{\"time\":1700000000,\"id\":6,\"channel\":\"futures.ping\"}");
    }

    @Test
    @DisplayName("acks are judged by error being null or absent, whatever result says")
    void acks() {
        GateioPublicProtocol p = PublicDecoderTest.protocol(MarketType.SPOT);
        feed(p, "ack_ok");
        feed(p, "ack_no_error_field");
        feed(p, "unsubscribe_ok");
        assertThat(sink.acks).containsExactly(7, 8, 12);
        assertThat(sink.total()).isEqualTo(3);
    }

    @Test
    @DisplayName("unknown pair refusal ({status:fail}) blames the named symbol with UnknownSymbolException")
    void unknownPair() {
        GateioPublicProtocol p = PublicDecoderTest.protocol(MarketType.SPOT);
        p.subscribe(9, PublicChannel.TRADES, List.of(NOPE), NOW);
        feed(p, "ack_fail_new");
        RecordingPublicSink.Rejection r = sink.rejections.get(0);
        assertThat(r.requestId()).isEqualTo(9);
        assertThat(r.symbol()).isEqualTo(NOPE);
        assertThat(r.error()).isInstanceOf(UnknownSymbolException.class)
                .hasMessageContaining("unknown currency pair NOPE_USDT");
        assertThat(((UnknownSymbolException) r.error()).venueCode()).isEqualTo("2");
    }

    @Test
    @DisplayName("other refusals ({status:failed}) are SubscriptionRejectedException for the request's symbol")
    void otherRefusal() {
        GateioPublicProtocol p = PublicDecoderTest.protocol(MarketType.SPOT);
        p.subscribe(10, PublicChannel.ORDER_BOOK, List.of(BTC), NOW);
        feed(p, "ack_fail_old");
        RecordingPublicSink.Rejection r = sink.rejections.get(0);
        assertThat(r.error()).isExactlyInstanceOf(SubscriptionRejectedException.class);
        assertThat(r.symbol()).isEqualTo(BTC);
    }

    @Test
    @DisplayName("futures unknown contract with result:null, symbol not requested here: blamed by name or null")
    void unknownContractWithoutPending() {
        GateioPublicProtocol p = PublicDecoderTest.protocol(MarketType.FUTURES);
        feed(p, "ack_fail_null_result");
        RecordingPublicSink.Rejection r = sink.rejections.get(0);
        assertThat(r.requestId()).isEqualTo(11);
        assertThat(r.error()).isInstanceOf(UnknownSymbolException.class);
        assertThat(r.symbol()).isNull();
    }

    @Test
    @DisplayName("spot and futures pongs")
    void pongs() {
        GateioPublicProtocol p = PublicDecoderTest.protocol(MarketType.FUTURES);
        feed(p, "spot_pong");
        feed(p, "futures_pong");
        assertThat(sink.pongs).isEqualTo(2);
        assertThat(sink.total()).isEqualTo(2);
    }

    @Test
    @DisplayName("all three upgrade-notice forms replace the connection")
    void upgrades() {
        GateioPublicProtocol p = PublicDecoderTest.protocol(MarketType.FUTURES);
        feed(p, "upgrade_type");
        feed(p, "upgrade_system");
        feed(p, "upgrade_event");
        assertThat(sink.replacements).hasSize(3);
        assertThat(sink.trades).isEmpty();
    }

    @Test
    @DisplayName("unhandled channels and trading-API replies are counted as unknown")
    void unknown() {
        GateioPublicProtocol p = PublicDecoderTest.protocol(MarketType.SPOT);
        feed(p, "unknown_channel");
        feed(p, "trading_reply");
        assertThat(sink.unknown).isEqualTo(2);
        assertThat(sink.total()).isEqualTo(2);
    }

    @Test
    @DisplayName("malformed frames are reported as protocol errors, never thrown")
    void malformed() {
        GateioPublicProtocol p = PublicDecoderTest.protocol(MarketType.SPOT);
        p.onText("{\"channel\":\"spot.trades\",\"event\":\"update\",\"result\":{\"id\":", 1L, sink);
        p.onText("not json", 1L, sink);
        p.onText("{\"channel\":\"spot.book_ticker\",\"event\":\"update\",\"result\":{\"s\":\"BTC_USDT\",\"b\":\"x1\"}}",
                1L, sink);
        p.onText("{\"channel\":\"spot.trades\",\"event\":\"update\",\"error\":{\"code\":3,\"message\":\"server\"}}",
                1L, sink);
        assertThat(sink.errors).hasSize(4);
        assertThat(sink.total()).isEqualTo(4);
        p.onText(Fixtures.frame("spot.trades.json", "buy"), 1L, sink);
        assertThat(sink.trades).hasSize(1);
    }
}
