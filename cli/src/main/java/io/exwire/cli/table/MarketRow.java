package io.exwire.cli.table;

import io.exwire.api.marketdata.OrderBookView;
import io.exwire.api.marketdata.Ticker;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;

/**
 * The latest market data of one symbol, copied out of the reused views (primitives only, nothing allocated per
 * event) and turned into text only when rendered. Thread-safe.
 */
public final class MarketRow {

    private final Symbol symbol;
    private long bidMantissa;
    private int bidScale;
    private boolean hasBid;
    private long askMantissa;
    private int askScale;
    private boolean hasAsk;
    private long lastMantissa;
    private int lastScale;
    private Side lastSide;
    private boolean hasLast;
    private boolean streamedQuote;
    private boolean streamedLast;
    private int bidLevels = -1;
    private int askLevels = -1;
    private long events;

    /**
     * @param symbol the symbol
     */
    public MarketRow(Symbol symbol) {
        this.symbol = symbol;
    }

    /** @return the symbol */
    public Symbol symbol() {
        return symbol;
    }

    /**
     * Best bid and ask.
     *
     * @param bidM unscaled bid
     * @param bidS bid scale
     * @param askM unscaled ask
     * @param askS ask scale
     */
    public synchronized void quote(long bidM, int bidS, long askM, int askS) {
        bid(bidM, bidS);
        ask(askM, askS);
        streamedQuote = true;
        events++;
    }

    /**
     * A trade.
     *
     * @param priceM unscaled price
     * @param priceS price scale
     * @param side the taker side, or null when unknown
     */
    public synchronized void trade(long priceM, int priceS, Side side) {
        last(priceM, priceS, side);
        streamedLast = true;
        events++;
    }

    /** @param book the book after an update */
    public synchronized void book(OrderBookView book) {
        bidLevels = book.bidCount();
        askLevels = book.askCount();
        if (bidLevels > 0) {
            bid(book.bidPriceMantissa(0), book.priceScale());
        }
        if (askLevels > 0) {
            ask(book.askPriceMantissa(0), book.priceScale());
        }
        streamedQuote = true;
        events++;
    }

    /** @param ticker a 24 h ticker: sets bid, ask and last unless the book, bbo or trade channels do */
    public synchronized void ticker(Ticker ticker) {
        if (!streamedQuote) {
            fillBid(ticker.bid());
            fillAsk(ticker.ask());
        }
        if (!streamedLast && ticker.last() != null) {
            last(ticker.last().mantissa(), ticker.last().scale(), null);
        }
        events++;
    }

    /** @return a copy for rendering */
    public synchronized RowView view() {
        String bid = hasBid ? Cells.decimal(bidMantissa, bidScale) : Cells.NONE;
        String ask = hasAsk ? Cells.decimal(askMantissa, askScale) : Cells.NONE;
        String last = hasLast ? Cells.decimal(lastMantissa, lastScale) + sideSuffix() : Cells.NONE;
        String depth = bidLevels < 0 ? Cells.NONE : bidLevels + "x" + askLevels;
        return new RowView(symbol.toString(), bid, ask, last, depth, events);
    }

    private String sideSuffix() {
        return lastSide == null ? "" : lastSide == Side.BUY ? " buy" : " sell";
    }

    private void fillBid(Decimal bid) {
        if (bid != null) {
            bid(bid.mantissa(), bid.scale());
        }
    }

    private void fillAsk(Decimal ask) {
        if (ask != null) {
            ask(ask.mantissa(), ask.scale());
        }
    }

    private void bid(long m, int s) {
        bidMantissa = m;
        bidScale = s;
        hasBid = true;
    }

    private void ask(long m, int s) {
        askMantissa = m;
        askScale = s;
        hasAsk = true;
    }

    private void last(long m, int s, Side side) {
        lastMantissa = m;
        lastScale = s;
        lastSide = side;
        hasLast = true;
    }

    /**
     * A row as text.
     *
     * @param symbol the symbol
     * @param bid best bid
     * @param ask best ask
     * @param last last trade and taker side
     * @param depth book levels, bids x asks
     * @param events updates received so far
     */
    public record RowView(String symbol, String bid, String ask, String last, String depth, long events) {
    }
}
