package io.exwire.core.trading;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;

/** Where a {@link PrivateProtocol} puts what it decoded. Implemented by core; called on the dispatch lane. */
public interface PrivateSink {

    /**
     * The venue accepted an opening request.
     *
     * @param requestId the request's id
     */
    void acknowledged(int requestId);

    /**
     * The venue refused an opening request.
     *
     * @param requestId the request's id
     * @param error {@code AuthenticationException} for credential problems, else {@code SubscriptionRejectedException}
     */
    void rejected(int requestId, ExwireException error);

    /** An app-level pong arrived. */
    void pong();

    /** @param order an order change */
    void order(Order order);

    /** @param balance a balance change */
    void balance(Balance balance);

    /** @param position a position change */
    void position(Position position);

    /** @param trade a fill */
    void ownTrade(OwnTrade trade);

    /**
     * The venue invalidated the session (e.g. listen key expired): core reconnects, re-authenticates and reconciles.
     *
     * @param reason a short reason
     */
    void reconnectRequired(String reason);

    /** A frame for a channel this adapter does not handle: counted and ignored. */
    void unknownChannel();

    /**
     * A malformed frame: counted, reported, skipped; the connection stays up.
     *
     * @param error the typed error, without account data
     */
    void protocolError(ProtocolException error);
}
