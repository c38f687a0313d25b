package io.exwire.testkit.gateio;

import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.BookDelta;
import io.exwire.testkit.market.LedgerEvent;
import io.exwire.testkit.market.MarketStep;
import io.exwire.testkit.market.SimulatedMarket;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Fans market steps and ledger events out to the subscribed connections. Each frame is rendered at most once per
 * step and size format. Book frames honour the armed duplicate/reorder faults; silenced symbols push nothing.
 *
 * <p><b>Threading.</b> {@link #publish} runs under the simulator's publish lock (one step at a time, in update-id
 * order); {@link #publishPrivate} runs under the ledger's lock.
 */
final class GateioPublisher {

    private static final String[] OBU_LEVELS = {"400", "50"};

    private final SimulatedMarket market;
    private final GateioConnections connections;
    private final GateioFaultState faults;
    private final GateioPublicRenderer renderer;
    private final GateioPrivateRenderer privateRenderer;
    private final String prefix;

    GateioPublisher(SimulatedMarket market, GateioConnections connections, GateioFaultState faults) {
        this.market = market;
        this.connections = connections;
        this.faults = faults;
        this.renderer = new GateioPublicRenderer(market.market());
        this.privateRenderer = new GateioPrivateRenderer(market);
        this.prefix = market.market() == MarketType.SPOT ? "spot" : "futures";
    }

    GateioPublicRenderer renderer() {
        return renderer;
    }

    void publish(MarketStep step) {
        Symbol symbol = step.delta().symbol();
        GateioFaultState.BookFault fault = faults.takeBookFault(symbol);
        if (faults.isSilenced(symbol)) {
            return;
        }
        Map<String, String> cache = new HashMap<>();
        String name = GateioJson.venueSymbol(symbol);
        for (GateioConnection c : connections.all()) {
            deliverBook(c, name, step.delta(), fault, cache);
            deliverTradeAndTickers(c, name, step, cache);
        }
    }

    private void deliverBook(GateioConnection c, String name, BookDelta delta, GateioFaultState.BookFault fault,
                             Map<String, String> cache) {
        String channel = prefix + ".order_book_update";
        String level = c.subscriptions().value(channel, name);
        boolean dec = c.decimalSizes();
        if (level != null) {
            String frame = cached(cache, "book" + level + dec, () -> renderer.bookUpdate(delta, level, false, dec));
            c.sendBook(channel + name, frame, fault);
        }
        for (String obuLevel : OBU_LEVELS) {
            String stream = "ob." + name + "." + obuLevel;
            if (c.subscriptions().has(prefix + ".obu", stream)) {
                c.sendBook(stream, cached(cache, stream, () -> renderer.obu(delta, stream, false)), fault);
            }
        }
    }

    private void deliverTradeAndTickers(GateioConnection c, String name, MarketStep step, Map<String, String> cache) {
        boolean dec = c.decimalSizes();
        long now = step.delta().timestampMillis();
        if (step.trade() != null && c.subscriptions().has(prefix + ".trades", name)) {
            c.send(cached(cache, "trade" + dec, () -> renderer.trade(step.trade(), dec)));
        }
        if (step.topChanged() && c.subscriptions().has(prefix + ".book_ticker", name)) {
            c.send(cached(cache, "bt" + dec, () -> renderer.bookTicker(step.top(), now, dec)));
        }
        if (step.trade() != null && c.subscriptions().has(prefix + ".tickers", name)) {
            c.send(cached(cache, "tk" + dec, () -> renderer.ticker(market.ticker(step.delta().symbol()), now, dec)));
        }
    }

    /** Sends a {@code full:true} order_book_update with the whole book to every subscriber of {@code symbol}. */
    void publishFullBook(Symbol symbol) {
        String name = GateioJson.venueSymbol(symbol);
        String channel = prefix + ".order_book_update";
        for (GateioConnection c : connections.all()) {
            String level = c.subscriptions().value(channel, name);
            if (level != null) {
                c.send(renderer.bookUpdate(fullDelta(symbol, Integer.parseInt(level)), level, true, c.decimalSizes()));
            }
        }
    }

    /** The whole book (to {@code depth}) as a delta whose U and u are the current update id. */
    BookDelta fullDelta(Symbol symbol, int depth) {
        var snap = market.snapshot(symbol, depth);
        return new BookDelta(symbol, snap.sequence(), snap.sequence(), snap.bids(), snap.asks(), market.nowMillis());
    }

    void publishPrivate(LedgerEvent event) {
        String channel = privateRenderer.channel(event);
        if (channel == null) {
            return;
        }
        Symbol symbol = privateRenderer.symbol(event);
        String name = symbol == null ? null : GateioJson.venueSymbol(symbol);
        Map<String, String> cache = new HashMap<>();
        long now = market.nowMillis();
        for (GateioConnection c : connections.all()) {
            if (c.subscriptions().hasPrivate(channel, name, event.userId())) {
                boolean dec = c.decimalSizes();
                c.send(cached(cache, "p" + dec, () -> privateRenderer.render(event, dec, now)));
            }
        }
    }

    private static String cached(Map<String, String> cache, String key, Supplier<String> render) {
        return cache.computeIfAbsent(key, k -> render.get());
    }
}
