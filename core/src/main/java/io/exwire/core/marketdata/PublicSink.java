package io.exwire.core.marketdata;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.Symbol;
import io.exwire.core.marketdata.book.BookUpdate;

/**
 * Where a {@link PublicProtocol} puts what it decoded. Implemented by core; called on the dispatch lane during
 * {@code onText}/{@code onBinary}. Views and {@link BookUpdate}s passed in may be reused by the decoder after the
 * call returns.
 */
public interface PublicSink {

    /**
     * The venue acknowledged a subscribe or unsubscribe request.
     *
     * @param requestId the request's id
     */
    void acknowledged(int requestId);

    /**
     * The venue refused a request.
     *
     * @param requestId the request's id
     * @param error the typed reason ({@code UnknownSymbolException}, {@code SubscriptionRejectedException})
     * @param symbol the symbol the venue blamed, or null when it refused the whole request (core then retries a
     *     multi-symbol request one symbol at a time to find the culprit)
     */
    void rejected(int requestId, ExwireException error, Symbol symbol);

    /** An app-level pong (or any ping answer) arrived. */
    void pong();

    /**
     * A trade.
     *
     * @param trade the trade; reused by the decoder after the call
     */
    void trade(MutableTrade trade);

    /**
     * A best bid/ask.
     *
     * @param ticker the quote; reused by the decoder after the call
     */
    void bookTicker(MutableBookTicker ticker);

    /**
     * A 24 h ticker.
     *
     * @param ticker the ticker
     */
    void ticker(Ticker ticker);

    /**
     * A book delta or stream snapshot.
     *
     * @param update the update; reused by the decoder after the call
     */
    void book(BookUpdate update);

    /**
     * The venue announced it will close this connection (e.g. Gate.io {@code upgrade}); core opens a replacement,
     * subscribes it, then closes this one.
     *
     * @param reason a short reason
     */
    void replaceConnection(String reason);

    /**
     * A frame for a channel or event this adapter does not handle: counted and ignored.
     */
    void unknownChannel();

    /**
     * A malformed frame: counted, reported to the error handler, skipped; the connection stays up.
     *
     * @param channel the channel if it could be determined, else null
     * @param error the typed error (no frame content that could carry account data)
     */
    void protocolError(PublicChannel channel, ProtocolException error);
}
