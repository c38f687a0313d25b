package io.exwire.api.trading;

import io.exwire.api.connection.ConnectionStateListener;
import io.exwire.api.connection.ErrorHandler;
import io.exwire.api.connection.StreamGapHandler;

import java.util.Objects;

/**
 * The callbacks of a private component. Immutable; build with {@link #builder()}; every handler not set is a
 * no-op. The same instance may serve several components, in which case its handlers must be thread-safe.
 *
 * @param order order changes
 * @param balance balance changes
 * @param position position changes (futures)
 * @param ownTrade fills
 * @param reconciled reconciliation outcomes
 * @param streamGap possible gaps (reconnects); reconciliation follows each
 * @param connectionState state transitions
 * @param error errors that do not end the component
 */
public record PrivateWebsocketHandlers(OrderHandler order, BalanceHandler balance, PositionHandler position,
                                       OwnTradeHandler ownTrade, ReconciliationHandler reconciled,
                                       StreamGapHandler streamGap, ConnectionStateListener connectionState,
                                       ErrorHandler error) {

    /** Rejects null handlers. */
    public PrivateWebsocketHandlers {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(ownTrade, "ownTrade");
        Objects.requireNonNull(reconciled, "reconciled");
        Objects.requireNonNull(streamGap, "streamGap");
        Objects.requireNonNull(connectionState, "connectionState");
        Objects.requireNonNull(error, "error");
    }

    /**
     * Returns a builder with no-op handlers.
     *
     * @return a builder with no-op handlers
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PrivateWebsocketHandlers}; not thread-safe. */
    public static final class Builder {
        private OrderHandler order = o -> { };
        private BalanceHandler balance = b -> { };
        private PositionHandler position = p -> { };
        private OwnTradeHandler ownTrade = t -> { };
        private ReconciliationHandler reconciled = r -> { };
        private StreamGapHandler streamGap = StreamGapHandler.NO_OP;
        private ConnectionStateListener connectionState = ConnectionStateListener.NO_OP;
        private ErrorHandler error = ErrorHandler.NO_OP;

        private Builder() {
        }

        /**
         * Sets the order handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onOrder(OrderHandler h) {
            order = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the balance handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onBalance(BalanceHandler h) {
            balance = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the position handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onPosition(PositionHandler h) {
            position = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the own trade handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onOwnTrade(OwnTradeHandler h) {
            ownTrade = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the reconciled handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onReconciled(ReconciliationHandler h) {
            reconciled = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the stream gap handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onStreamGap(StreamGapHandler h) {
            streamGap = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the connection state handler.
         *
         * @param h the listener
         * @return this builder
         */
        public Builder onConnectionState(ConnectionStateListener h) {
            connectionState = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the error handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onError(ErrorHandler h) {
            error = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Returns the handlers.
         *
         * @return the handlers
         */
        public PrivateWebsocketHandlers build() {
            return new PrivateWebsocketHandlers(order, balance, position, ownTrade, reconciled, streamGap,
                    connectionState, error);
        }
    }
}
