package io.exwire.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A <b>reproduction</b> of the XChange-streaming approach to Gate.io market data, written here for comparison (it
 * is not XChange's code): every frame is parsed into a Jackson tree ({@code readTree}), the {@code result} node is
 * bound to a DTO with {@code BigDecimal} fields ({@code treeToValue}), and the DTO is adapted into generic model
 * objects (ticker, trade, per-level order-book updates with {@code BigDecimal}, {@code Date} and a currency-pair
 * object) that are handed to a consumer; order books are {@code TreeMap<BigDecimal, BigDecimal>} sides. Same
 * frames as the exwire benchmarks. Not thread-safe.
 */
public final class XChangeStyle {

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Map<String, GenericOrderBook> books = new TreeMap<>();

    // ---- DTOs (what the venue sends) ----------------------------------------------------------------------------

    /** {@code spot.book_ticker} result. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class BookTickerDto {
        @JsonProperty("t") public long timestamp;
        @JsonProperty("u") public long updateId;
        @JsonProperty("s") public String currencyPair;
        @JsonProperty("b") public BigDecimal bestBid;
        @JsonProperty("B") public BigDecimal bestBidAmount;
        @JsonProperty("a") public BigDecimal bestAsk;
        @JsonProperty("A") public BigDecimal bestAskAmount;
    }

    /** {@code spot.trades} result. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class TradeDto {
        @JsonProperty("id") public long id;
        @JsonProperty("create_time") public long createTime;
        @JsonProperty("create_time_ms") public BigDecimal createTimeMs;
        @JsonProperty("side") public String side;
        @JsonProperty("currency_pair") public String currencyPair;
        @JsonProperty("amount") public BigDecimal amount;
        @JsonProperty("price") public BigDecimal price;
    }

    /** {@code spot.order_book_update} result. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class OrderBookUpdateDto {
        @JsonProperty("t") public long timestamp;
        @JsonProperty("e") public String event;
        @JsonProperty("E") public long eventTime;
        @JsonProperty("s") public String currencyPair;
        @JsonProperty("U") public long firstUpdateId;
        @JsonProperty("u") public long lastUpdateId;
        @JsonProperty("b") public List<List<BigDecimal>> bids;
        @JsonProperty("a") public List<List<BigDecimal>> asks;
    }

    // ---- generic model (what the application gets) -------------------------------------------------------------

    /** Order side of a generic model object. */
    public enum OrderType { BID, ASK }

    /**
     * A currency pair parsed from the venue symbol.
     *
     * @param base base
     * @param counter counter
     */
    public record CurrencyPair(String base, String counter) {
        static CurrencyPair ofVenue(String symbol) {
            int i = symbol.indexOf('_');
            return new CurrencyPair(symbol.substring(0, i), symbol.substring(i + 1));
        }
    }

    /** A generic ticker. */
    public record Ticker(CurrencyPair instrument, BigDecimal bid, BigDecimal bidSize, BigDecimal ask, BigDecimal askSize,
                         Date timestamp) {
    }

    /** A generic trade. */
    public record Trade(OrderType type, BigDecimal originalAmount, CurrencyPair instrument, BigDecimal price,
                        Date timestamp, String id) {
    }

    /** A generic order-book level update. */
    public record OrderBookUpdate(OrderType type, CurrencyPair instrument, BigDecimal limitPrice,
                                 BigDecimal totalVolume, Date timestamp) {
    }

    /** A generic order book: {@code TreeMap} sides, best first. */
    public static final class GenericOrderBook {
        final TreeMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Collections.reverseOrder());
        final TreeMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
        Date timestamp;

        void update(OrderBookUpdate u) {
            TreeMap<BigDecimal, BigDecimal> side = u.type() == OrderType.BID ? bids : asks;
            if (u.totalVolume().signum() == 0) {
                side.remove(u.limitPrice());
            } else {
                side.put(u.limitPrice(), u.totalVolume());
            }
            timestamp = u.timestamp();
        }

        /** @return best bid */
        public BigDecimal bestBid() {
            return bids.firstKey();
        }
    }

    /**
     * Adds a book loaded with {@link Frames#snapshot}.
     *
     * @param instrument index into {@link Frames#INSTRUMENTS}
     */
    public void book(int instrument) {
        GenericOrderBook book = new GenericOrderBook();
        var snap = Frames.snapshot(instrument);
        snap.bids().forEach(l -> book.bids.put(l.price().toBigDecimal(), l.size().toBigDecimal()));
        snap.asks().forEach(l -> book.asks.put(l.price().toBigDecimal(), l.size().toBigDecimal()));
        books.put(Frames.INSTRUMENTS.get(instrument).underscored(), book);
    }

    /**
     * @param frame a {@code spot.book_ticker} frame
     * @param handler the consumer
     * @throws Exception on malformed input
     */
    public void bookTicker(String frame, Consumer<Ticker> handler) throws Exception {
        JsonNode root = mapper.readTree(frame);
        BookTickerDto dto = mapper.treeToValue(root.get("result"), BookTickerDto.class);
        handler.accept(new Ticker(CurrencyPair.ofVenue(dto.currencyPair), dto.bestBid, dto.bestBidAmount, dto.bestAsk,
                dto.bestAskAmount, new Date(dto.timestamp)));
    }

    /**
     * @param frame a {@code spot.trades} frame
     * @param handler the consumer
     * @throws Exception on malformed input
     */
    public void trade(String frame, Consumer<Trade> handler) throws Exception {
        JsonNode root = mapper.readTree(frame);
        TradeDto dto = mapper.treeToValue(root.get("result"), TradeDto.class);
        handler.accept(new Trade("buy".equals(dto.side) ? OrderType.BID : OrderType.ASK, dto.amount,
                CurrencyPair.ofVenue(dto.currencyPair), dto.price, new Date(dto.createTimeMs.longValue()),
                String.valueOf(dto.id)));
    }

    /**
     * @param frame a {@code spot.order_book_update} frame
     * @param handler receives the updated book
     * @throws Exception on malformed input
     */
    public void orderBookUpdate(String frame, Consumer<GenericOrderBook> handler) throws Exception {
        JsonNode root = mapper.readTree(frame);
        OrderBookUpdateDto dto = mapper.treeToValue(root.get("result"), OrderBookUpdateDto.class);
        CurrencyPair pair = CurrencyPair.ofVenue(dto.currencyPair);
        Date ts = new Date(dto.timestamp);
        List<OrderBookUpdate> updates = new ArrayList<>(dto.bids.size() + dto.asks.size());
        for (List<BigDecimal> l : dto.bids) {
            updates.add(new OrderBookUpdate(OrderType.BID, pair, l.get(0), l.get(1), ts));
        }
        for (List<BigDecimal> l : dto.asks) {
            updates.add(new OrderBookUpdate(OrderType.ASK, pair, l.get(0), l.get(1), ts));
        }
        GenericOrderBook book = books.get(dto.currencyPair);
        for (OrderBookUpdate u : updates) {
            book.update(u);
        }
        handler.accept(book);
    }
}
