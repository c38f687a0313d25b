package io.exwire.gateio.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicVenue;
import io.exwire.core.marketdata.book.BookContinuity;
import io.exwire.gateio.wire.GateioEndpoints;
import io.exwire.gateio.wire.GateioLimits;
import io.exwire.gateio.wire.GateioSymbols;
import io.exwire.spi.VenueLimits;

import java.net.URI;

/**
 * Gate.io's public stream facts for one market (spot or USDT futures).
 *
 * <p><b>Book channel: {@code *.order_book_update} with a REST snapshot ({@link BookSyncMode#REST_SNAPSHOT}),
 * not {@code *.obu}.</b> The update channel is Gate.io's long-documented incremental book (the official SDK's
 * local-book example, ccxt and cryptofeed use it), available on every deployment and on testnet, and it carries
 * {@code U}/{@code u} ranges that {@link BookContinuity#RANGE} checks exactly; since 2025 it also sends
 * {@code full:true} replacements, which the decoder marks as snapshots. The V2 {@code obu} channel is newer (2025),
 * is refused on some deployments (Gate EU, ccxt#29016) and was unreliable on testnet, allows each stream only once
 * per connection, may deliver its first snapshot before the ack, and can only recover a gap by
 * unsubscribing and resubscribing.
 */
final class GateioPublicVenue implements PublicVenue {

    private final MarketType market;

    GateioPublicVenue(MarketType market) {
        this.market = market;
    }

    @Override
    public ExchangeId exchange() {
        return GateioEndpoints.EXCHANGE;
    }

    @Override
    public MarketType market() {
        return market;
    }

    @Override
    public URI defaultEndpoint() {
        return GateioEndpoints.websocket(market);
    }

    @Override
    public VenueLimits limits() {
        return GateioLimits.of(market);
    }

    /**
     * Futures connections ask for decimal sizes ({@code X-Gate-Size-Decimal: 1}); without it Gate.io truncates
     * fractional contract sizes to integers. The decoders accept both forms.
     */
    @Override
    public java.util.Map<String, String> handshakeHeaders(ExchangeConfig config) {
        return market == MarketType.FUTURES ? java.util.Map.of("X-Gate-Size-Decimal", "1") : java.util.Map.of();
    }

    /** The book channels name one pair per request ({@code [pair, interval]}); the others take a list. */
    @Override
    public int maxSymbolsPerRequest(PublicChannel channel) {
        return channel == PublicChannel.ORDER_BOOK ? 1 : limits().maxSymbolsPerRequest();
    }

    @Override
    public String venueSymbol(Symbol symbol) {
        return GateioSymbols.venue(symbol);
    }

    /**
     * The stream's depth (20 or 100 levels, from {@code bookDepth}): Gate.io never updates levels below the subscribed
     * depth, so they are trimmed after every update rather than kept stale.
     */
    @Override
    public int maintainedDepth(ExchangeConfig config) {
        return BookStream.of(config).levels();
    }

    @Override
    public BookSyncMode bookSyncMode() {
        return BookSyncMode.REST_SNAPSHOT;
    }

    @Override
    public BookContinuity bookContinuity() {
        return BookContinuity.RANGE;
    }

    @Override
    public PublicRestClient rest(ExchangeConfig config) {
        return new GateioPublicRestClient(config, BookStream.of(config).levels());
    }

    @Override
    public PublicProtocol newProtocol(ExchangeConfig config, SymbolTable symbols) {
        return new GateioPublicProtocol(config, symbols);
    }
}
