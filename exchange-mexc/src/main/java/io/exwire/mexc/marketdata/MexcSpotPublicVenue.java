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
 * MEXC spot public stream for core: endpoint, limits (30 subscriptions per connection, 24 h lifetime, 30 s cutoff
 * without subscriptions, {@code PING} every 20 s), {@code BTCUSDT} spelling, and the book procedure of the
 * documentation: buffer {@code aggre.depth} pushes, fetch {@code GET /api/v3/depth} ({@code lastUpdateId}), then
 * apply with {@link BookContinuity#RANGE}. RANGE is exactly the documented rule for {@code fromVersion}/
 * {@code toVersion}: a push with {@code toVersion <= lastUpdateId} is stale; the first applied push needs
 * {@code fromVersion <= lastUpdateId + 1} (otherwise the snapshot is too old: fetch again); every later push needs
 * {@code fromVersion == previous toVersion + 1}, anything else is a gap and a resync. Stateless.
 */
public final class MexcSpotPublicVenue implements PublicVenue {

    private static final int MAX_SNAPSHOT_DEPTH = 5_000;

    @Override
    public ExchangeId exchange() {
        return MexcVenue.ID;
    }

    @Override
    public MarketType market() {
        return MarketType.SPOT;
    }

    @Override
    public URI defaultEndpoint() {
        return MexcVenue.SPOT_WEBSOCKET;
    }

    @Override
    public VenueLimits limits() {
        return MexcVenue.SPOT_LIMITS;
    }

    @Override
    public String venueSymbol(Symbol symbol) {
        return MexcSymbols.spot(symbol);
    }

    @Override
    public BookSyncMode bookSyncMode() {
        return BookSyncMode.REST_SNAPSHOT;
    }

    @Override
    public BookContinuity bookContinuity() {
        return BookContinuity.RANGE;
    }

    /**
     * The REST snapshot depth: ten times the visible depth, at least 1,000 and at most the venue's 5,000, so that
     * levels below the visible depth are known when the top of the book is consumed (levels outside the snapshot
     * that never change never appear in pushes).
     */
    @Override
    public int snapshotDepth(ExchangeConfig config) {
        return Math.min(MAX_SNAPSHOT_DEPTH, Math.max(1_000, config.bookDepth() * 10));
    }

    @Override
    public PublicRestClient rest(ExchangeConfig config) {
        return new MexcSpotPublicRestClient(config);
    }

    @Override
    public PublicProtocol newProtocol(ExchangeConfig config, SymbolTable symbols) {
        return new MexcSpotPublicProtocol(config, symbols);
    }
}
