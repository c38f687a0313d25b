package io.exwire.mexc.marketdata;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicProtocol;
import io.exwire.core.marketdata.PublicVenue;
import io.exwire.core.marketdata.book.BookContinuity;
import io.exwire.mexc.wire.MexcSymbols;
import io.exwire.mexc.wire.MexcVenue;
import io.exwire.spi.VenueLimits;

import java.net.URI;

/**
 * MEXC futures (USDT perpetual) public stream for core: endpoint, limits (one symbol per request, 30 subscriptions
 * per connection kept for safety, {@code ping} every 15 s regardless of traffic), {@code BTC_USDT} spelling, and
 * the book procedure: buffer {@code push.depth}, fetch {@code GET /api/v1/contract/depth/{symbol}} ({@code version}),
 * apply with {@link BookContinuity#RANGE} over {@code [begin|version, end|version]} — the documented rule that every
 * push continues the previous version by exactly one; a gap resynchronises from a fresh snapshot. Stateless.
 */
public final class MexcFuturesPublicVenue implements PublicVenue {

    private static final int SNAPSHOT_DEPTH = 1_000;

    @Override
    public ExchangeId exchange() {
        return MexcVenue.ID;
    }

    @Override
    public MarketType market() {
        return MarketType.FUTURES;
    }

    @Override
    public URI defaultEndpoint() {
        return MexcVenue.FUTURES_WEBSOCKET;
    }

    @Override
    public VenueLimits limits() {
        return MexcVenue.FUTURES_LIMITS;
    }

    @Override
    public String venueSymbol(Symbol symbol) {
        return MexcSymbols.futures(symbol);
    }

    @Override
    public BookSyncMode bookSyncMode() {
        return BookSyncMode.REST_SNAPSHOT;
    }

    @Override
    public BookContinuity bookContinuity() {
        return BookContinuity.RANGE;
    }

    /** The REST snapshot depth: 1,000 levels, as the documented maintenance procedure requests. */
    @Override
    public int snapshotDepth(ExchangeConfig config) {
        return SNAPSHOT_DEPTH;
    }

    @Override
    public PublicRestClient rest(ExchangeConfig config) {
        return new MexcFuturesPublicRestClient(config);
    }

    @Override
    public PublicProtocol newProtocol(ExchangeConfig config, SymbolTable symbols) {
        return new MexcFuturesPublicProtocol(config, symbols);
    }
}
