package io.exwire.core.marketdata.book;

import io.exwire.api.model.Symbol;

import java.util.Arrays;

/**
 * One decoded order-book message: a delta (levels to set; size 0 removes) or a full snapshot (replace the book).
 * Reused by its decoder for every message; the engine copies what it keeps. Not thread-safe.
 *
 * <p>Ids: {@code firstUpdateId} and {@code lastUpdateId} are the venue's range for this message (Gate.io
 * {@code U}/{@code u}; MEXC spot {@code fromVersion}/{@code toVersion}; a single-version venue sets both to the
 * version). For a snapshot, {@code lastUpdateId} is the snapshot's id. Each level keeps its own scales, as sent.
 */
public final class BookUpdate {
    private Symbol symbol;
    private boolean snapshot;
    private long firstUpdateId;
    private long lastUpdateId;
    private long exchangeTs;
    private long receiveNanos;
    private final Side bids = new Side();
    private final Side asks = new Side();

    /** One side's levels as parallel primitive arrays. */
    public static final class Side {
        private long[] price = new long[64];
        private byte[] priceScale = new byte[64];
        private long[] size = new long[64];
        private byte[] sizeScale = new byte[64];
        private int count;

        /**
         * Appends a level.
         *
         * @param priceMantissa price
         * @param pScale price scale
         * @param sizeMantissa absolute size; 0 removes the level
         * @param sScale size scale
         */
        public void add(long priceMantissa, int pScale, long sizeMantissa, int sScale) {
            if (count == price.length) {
                int n = count * 2;
                price = Arrays.copyOf(price, n);
                priceScale = Arrays.copyOf(priceScale, n);
                size = Arrays.copyOf(size, n);
                sizeScale = Arrays.copyOf(sizeScale, n);
            }
            price[count] = priceMantissa;
            priceScale[count] = (byte) pScale;
            size[count] = sizeMantissa;
            sizeScale[count] = (byte) sScale;
            count++;
        }

        /** @return number of levels */
        public int count() {
            return count;
        }

        /** @param i level index @return price mantissa */
        public long price(int i) {
            return price[i];
        }

        /** @param i level index @return price scale */
        public int priceScale(int i) {
            return priceScale[i];
        }

        /** @param i level index @return size mantissa */
        public long size(int i) {
            return size[i];
        }

        /** @param i level index @return size scale */
        public int sizeScale(int i) {
            return sizeScale[i];
        }

        void clear() {
            count = 0;
        }

        /** @return the price mantissas, {@link #count} of them valid (read-only for the book) */
        long[] prices() {
            return price;
        }

        /** @return the size mantissas, {@link #count} of them valid (read-only for the book) */
        long[] sizes() {
            return size;
        }

        /** @return the price scales, {@link #count} of them valid (read-only for the book) */
        byte[] priceScales() {
            return priceScale;
        }

        /** @return the size scales, {@link #count} of them valid (read-only for the book) */
        byte[] sizeScales() {
            return sizeScale;
        }
    }

    /**
     * Starts a new message, clearing the levels.
     *
     * @param sym the symbol
     * @param isSnapshot whether the levels replace the whole book
     * @param first first update id of the range
     * @param last last update id of the range
     * @param exchangeTimestampMillis venue time
     * @param receiveTimestampNanos local receive time
     * @return this
     */
    public BookUpdate begin(Symbol sym, boolean isSnapshot, long first, long last, long exchangeTimestampMillis,
                            long receiveTimestampNanos) {
        this.symbol = sym;
        this.snapshot = isSnapshot;
        this.firstUpdateId = first;
        this.lastUpdateId = last;
        this.exchangeTs = exchangeTimestampMillis;
        this.receiveNanos = receiveTimestampNanos;
        bids.clear();
        asks.clear();
        return this;
    }

    /**
     * Sets the id range after the levels were read (for venues that send ids after levels).
     *
     * @param first first update id
     * @param last last update id
     */
    public void ids(long first, long last) {
        this.firstUpdateId = first;
        this.lastUpdateId = last;
    }

    /** @param isSnapshot whether this message replaces the book */
    public void snapshot(boolean isSnapshot) {
        this.snapshot = isSnapshot;
    }

    /** @param ts venue time */
    public void exchangeTimestampMillis(long ts) {
        this.exchangeTs = ts;
    }

    /** @param sym the symbol (for venues that send it after the levels) */
    public void symbol(Symbol sym) {
        this.symbol = sym;
    }

    /** @return the symbol */
    public Symbol symbol() {
        return symbol;
    }

    /** @return whether this replaces the book */
    public boolean isSnapshot() {
        return snapshot;
    }

    /** @return first update id */
    public long firstUpdateId() {
        return firstUpdateId;
    }

    /** @return last update id */
    public long lastUpdateId() {
        return lastUpdateId;
    }

    /** @return venue time */
    public long exchangeTimestampMillis() {
        return exchangeTs;
    }

    /** @return local receive time */
    public long receiveTimestampNanos() {
        return receiveNanos;
    }

    /**
     * A deep copy, for buffering while a book synchronises (cold path).
     *
     * @return the copy
     */
    public BookUpdate copy() {
        BookUpdate c = new BookUpdate();
        c.begin(symbol, snapshot, firstUpdateId, lastUpdateId, exchangeTs, receiveNanos);
        copySide(bids, c.bids);
        copySide(asks, c.asks);
        return c;
    }

    private static void copySide(Side from, Side to) {
        for (int i = 0; i < from.count; i++) {
            to.add(from.price[i], from.priceScale[i], from.size[i], from.sizeScale[i]);
        }
    }

    /** @return bid levels */
    public Side bids() {
        return bids;
    }

    /** @return ask levels */
    public Side asks() {
        return asks;
    }
}
