package io.exwire.testkit.mexc;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.BookTop;
import io.exwire.testkit.market.Decimals;
import io.exwire.testkit.market.MarketStep;
import io.exwire.testkit.market.MarketTrade;
import io.exwire.testkit.market.SimulatedMarket;
import io.exwire.testkit.market.Ticker24h;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spot protobuf frames of one tick for one symbol, rendered lazily per channel string and shared by every
 * subscriber of that channel. Depth updates arrive already merged and passed through the fault gate.
 *
 * <p><b>Threading.</b> Used by the market thread only, for the duration of one tick.
 */
final class SpotTickFrames {

    private final Symbol symbol;
    private final String venueSymbol;
    private final SimulatedMarket market;
    private final List<DepthUpdate> depth;
    private final List<MarketTrade> trades = new ArrayList<>();
    private final BookTop top;
    private final boolean topChanged;
    private final long sendTime;
    private final Map<String, List<byte[]>> cache = new HashMap<>();

    SpotTickFrames(Symbol symbol, String venueSymbol, SimulatedMarket market, List<MarketStep> steps,
                   List<DepthUpdate> depth, long sendTime) {
        this.symbol = symbol;
        this.venueSymbol = venueSymbol;
        this.market = market;
        this.depth = depth;
        this.sendTime = sendTime;
        boolean changed = false;
        for (MarketStep step : steps) {
            if (step.trade() != null) {
                trades.add(step.trade());
            }
            changed |= step.topChanged();
        }
        this.top = steps.getLast().top();
        this.topChanged = changed;
    }

    /**
     * @param channel a public channel of this symbol
     * @return the frames to push on it this tick, possibly none
     */
    List<byte[]> frames(SpotChannel channel) {
        return cache.computeIfAbsent(channel.raw(), raw -> render(channel));
    }

    private List<byte[]> render(SpotChannel channel) {
        SpotPushWrapper wrapper = SpotPushWrapper.market(channel.raw(), venueSymbol, sendTime);
        if (channel.topic() == SpotChannel.Topic.DEPTH) {
            return depth.stream().map(u -> wrapper.encode(aggreDepths(u, channel.eventType()))).toList();
        }
        SpotPushBody body = body(channel);
        return body == null ? List.of() : List.of(wrapper.encode(body));
    }

    /** @return the one body this tick has for a non-depth channel, or null when nothing changed for it */
    private SpotPushBody body(SpotChannel channel) {
        return switch (channel.topic()) {
            case DEALS -> deals(channel.eventType());
            case BOOK_TICKER -> bookTicker();
            case LIMIT_DEPTH -> limitDepths(channel);
            case MINI_TICKER -> miniTicker();
            default -> null;
        };
    }

    private static SpotPublicBodies.AggreDepths aggreDepths(DepthUpdate update, String eventType) {
        return new SpotPublicBodies.AggreDepths(levels(update.asks()), levels(update.bids()), eventType,
                Long.toString(update.first()), Long.toString(update.last()), update.timestampMillis());
    }

    private SpotPublicBodies.AggreDeals deals(String eventType) {
        if (trades.isEmpty()) {
            return null;
        }
        List<SpotPublicBodies.AggreDeal> items = new ArrayList<>(trades.size());
        for (MarketTrade t : trades) {
            items.add(new SpotPublicBodies.AggreDeal(t.price().toString(), t.size().toString(),
                    t.takerSide() == Side.BUY ? 1 : 2, t.timestampMillis(), t.tradeId() + "X0"));
        }
        return new SpotPublicBodies.AggreDeals(items, eventType);
    }

    private SpotPublicBodies.AggreBookTicker bookTicker() {
        if (!topChanged) {
            return null;
        }
        return new SpotPublicBodies.AggreBookTicker(text(top.bidPrice()), top.bidSize().toString(),
                text(top.askPrice()), top.askSize().toString(), Long.toString(top.updateId()),
                top.timestampMillis());
    }

    private SpotPublicBodies.LimitDepths limitDepths(SpotChannel channel) {
        if (depth.isEmpty()) {
            return null;
        }
        OrderBookSnapshot book = market.snapshot(symbol, Integer.parseInt(channel.option()));
        return new SpotPublicBodies.LimitDepths(levels(book.asks()), levels(book.bids()), channel.eventType(),
                Long.toString(book.sequence()), book.exchangeTimestampMillis());
    }

    private SpotPublicBodies.MiniTicker miniTicker() {
        if (trades.isEmpty()) {
            return null;
        }
        Ticker24h t = market.ticker(symbol);
        String rate = Decimals.div(t.last().subtract(t.open()), t.open(), 4).toString();
        return new SpotPublicBodies.MiniTicker(venueSymbol, t.last().toString(), rate, rate, t.high().toString(),
                t.low().toString(), t.quoteVolume().toString(), t.baseVolume().toString(), rate, rate,
                t.high().toString(), t.low().toString());
    }

    static List<SpotPublicBodies.Level> levels(List<PriceLevel> levels) {
        List<SpotPublicBodies.Level> out = new ArrayList<>(levels.size());
        for (PriceLevel level : levels) {
            out.add(new SpotPublicBodies.Level(level.price().toString(), level.size().toString()));
        }
        return out;
    }

    private static String text(Decimal value) {
        return value == null ? "" : value.toString();
    }
}
