package io.exwire.api.marketdata;

import io.exwire.api.connection.ConnectionStateListener;
import io.exwire.api.connection.ErrorHandler;
import io.exwire.api.connection.StreamGapHandler;

import java.util.Objects;

/**
 * The callbacks of a public component. Immutable; build with {@link #builder()}; every handler not set is a no-op.
 * The same instance may serve several components, in which case its handlers must be thread-safe.
 *
 * @param orderBook book updates
 * @param trade trades
 * @param bookTicker best bid/ask
 * @param ticker 24 h tickers
 * @param bookGap gaps (the book is being resynchronised)
 * @param bookResynced books live again
 * @param streamGap possible gaps of the whole stream (reconnects, overflow)
 * @param connectionState state transitions
 * @param error errors that do not end the component
 */
public record PublicWebsocketHandlers(OrderBookHandler orderBook, TradeHandler trade, BookTickerHandler bookTicker,
                                      TickerHandler ticker, BookGapHandler bookGap, BookResyncHandler bookResynced,
                                      StreamGapHandler streamGap, ConnectionStateListener connectionState,
                                      ErrorHandler error) {

    /** Rejects null handlers. */
    public PublicWebsocketHandlers {
        Objects.requireNonNull(orderBook, "orderBook");
        Objects.requireNonNull(trade, "trade");
        Objects.requireNonNull(bookTicker, "bookTicker");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(bookGap, "bookGap");
        Objects.requireNonNull(bookResynced, "bookResynced");
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

    /** Builds {@link PublicWebsocketHandlers}; not thread-safe. */
    public static final class Builder {
        private OrderBookHandler orderBook = book -> { };
        private TradeHandler trade = t -> { };
        private BookTickerHandler bookTicker = t -> { };
        private TickerHandler ticker = t -> { };
        private BookGapHandler bookGap = g -> { };
        private BookResyncHandler bookResynced = r -> { };
        private StreamGapHandler streamGap = StreamGapHandler.NO_OP;
        private ConnectionStateListener connectionState = ConnectionStateListener.NO_OP;
        private ErrorHandler error = ErrorHandler.NO_OP;

        private Builder() {
        }

        /**
         * Sets the order book handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onOrderBook(OrderBookHandler h) {
            orderBook = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the trade handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onTrade(TradeHandler h) {
            trade = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the book ticker handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onBookTicker(BookTickerHandler h) {
            bookTicker = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the ticker handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onTicker(TickerHandler h) {
            ticker = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the book gap handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onBookGap(BookGapHandler h) {
            bookGap = Objects.requireNonNull(h);
            return this;
        }

        /**
         * Sets the book resynced handler.
         *
         * @param h the handler
         * @return this builder
         */
        public Builder onBookResynced(BookResyncHandler h) {
            bookResynced = Objects.requireNonNull(h);
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
        public PublicWebsocketHandlers build() {
            return new PublicWebsocketHandlers(orderBook, trade, bookTicker, ticker, bookGap, bookResynced,
                    streamGap, connectionState, error);
        }
    }
}
