package io.exwire.testkit.market;

import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Liquidity;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.exwire.testkit.market.LedgerEvent.OrderChange.FINISH;
import static io.exwire.testkit.market.LedgerEvent.OrderChange.NEW;
import static io.exwire.testkit.market.LedgerEvent.OrderChange.UPDATE;

/**
 * The accounts of a simulated venue: orders, fills, cancels, balances (total/locked), futures positions and own
 * trades, consistent with each other, with every change emitted as a {@link LedgerEvent}.
 *
 * <p><b>Matching model.</b> A limit order that crosses the simulated book when placed (and every market order)
 * fills at once in full as taker at the best opposite price, without consuming the public book. A resting order
 * fills as maker, at its own price, when a public trade of the {@link SimulatedMarket} trades through it, or when
 * {@link #fill} is called. Post-only orders that would cross are rejected; an IOC/FOK order that does not cross
 * expires. Ids are decimal strings of numbers above 2^53.
 *
 * <p><b>Threading.</b> All methods are synchronized on the ledger; listeners run on the caller's thread while it is
 * held (the market's trade listener takes the market lock first, then this one).
 */
public final class SimulatedLedger {

    private final SimulatedMarket market;
    private final Settlement settlement;
    private final Map<String, LedgerAccount> accounts = new LinkedHashMap<>();
    private final Map<String, LedgerAccount> orderOwners = new LinkedHashMap<>();
    private final List<LedgerListener> listeners = new CopyOnWriteArrayList<>();
    private long nextOrderId = 64_000_000_000_000_001L;
    private long nextFillId = 32_000_000_000_000_001L;

    /**
     * Creates a ledger and registers it for the market's trades.
     *
     * @param market the market whose books price taker fills and whose trades fill resting orders
     */
    public SimulatedLedger(SimulatedMarket market) {
        this.market = market;
        this.settlement = market.market() == MarketType.SPOT ? new SpotSettlement() : new FuturesSettlement();
        market.onTrade(this::onMarketTrade);
    }

    /** @return the leverage of every futures position */
    public static int futuresLeverage() {
        return FuturesSettlement.LEVERAGE;
    }

    /**
     * @param listener called with every event
     */
    public void addListener(LedgerListener listener) {
        listeners.add(listener);
    }

    /**
     * Adds an account with initial balances (no events).
     *
     * @param userId the user id
     * @param balances asset to total
     */
    public synchronized void addAccount(String userId, Map<String, Decimal> balances) {
        LedgerAccount account = new LedgerAccount(userId);
        balances.forEach((asset, total) -> account.balance(asset)[0] = total);
        accounts.put(userId, account);
    }

    /**
     * Credits an asset and emits a balance event.
     *
     * @param userId the user
     * @param asset the asset
     * @param amount the amount, may be negative
     */
    public synchronized void deposit(String userId, String asset, Decimal amount) {
        Settlement.Ctx ctx = ctx(null);
        BalanceOps.change(account(userId), asset, amount, Decimal.ZERO, LedgerEvent.BalanceChange.DEPOSIT, "", ctx);
        publish(ctx);
    }

    /**
     * Places an order.
     *
     * @param userId the user
     * @param request the order
     * @return the order after placement (possibly already filled, expired or rejected)
     * @throws LedgerException if refused
     */
    public synchronized OrderState place(String userId, NewOrder request) {
        LedgerAccount account = account(userId);
        InstrumentSpec spec = requireSpec(request.symbol());
        OrderValidation.validate(request, spec, account, market.market());
        Decimal opposite = oppositeBest(request);
        boolean crosses = crosses(request, opposite);
        Settlement.Ctx ctx = ctx(spec);
        Decimal price = request.type() == OrderType.MARKET ? Decimal.ZERO : request.price();
        LedgerOrder order = new LedgerOrder(Long.toString(nextOrderId++), userId, request, price, ctx.nowMillis());
        OrderStatus refused = refusal(request, opposite, crosses);
        if (refused != null) {
            return finishUnreserved(account, order, refused, ctx);
        }
        order.reservePrice = request.type() == OrderType.MARKET ? opposite : price;
        settlement.reserve(account, order, ctx);
        account.orders.put(order.orderId, order);
        orderOwners.put(order.orderId, account);
        ctx.events().add(new LedgerEvent.OrderEvent(userId, NEW, order.snapshot()));
        executeOrExpire(account, order, opposite, crosses, ctx);
        publish(ctx);
        return order.snapshot();
    }

    private static OrderStatus refusal(NewOrder request, Decimal opposite, boolean crosses) {
        if (request.timeInForce() == TimeInForce.POST_ONLY && crosses) {
            return OrderStatus.REJECTED;
        }
        if (opposite == null && request.type() == OrderType.MARKET) {
            return OrderStatus.EXPIRED;
        }
        return null;
    }

    private void executeOrExpire(LedgerAccount account, LedgerOrder order, Decimal opposite, boolean crosses,
                                 Settlement.Ctx ctx) {
        TimeInForce tif = order.request.timeInForce();
        if (crosses) {
            execute(account, order, order.left(), opposite, Liquidity.TAKER, ctx);
        } else if (tif == TimeInForce.IOC || tif == TimeInForce.FOK) {
            finish(account, order, OrderStatus.EXPIRED, ctx);
        }
    }

    private OrderState finishUnreserved(LedgerAccount account, LedgerOrder order, OrderStatus status,
                                        Settlement.Ctx ctx) {
        order.status = status;
        account.orders.put(order.orderId, order);
        orderOwners.put(order.orderId, account);
        ctx.events().add(new LedgerEvent.OrderEvent(account.userId, FINISH, order.snapshot()));
        publish(ctx);
        return order.snapshot();
    }

    /**
     * Cancels an open order.
     *
     * @param userId the user
     * @param orderId the order
     * @return the cancelled order
     * @throws LedgerException if unknown or already finished
     */
    public synchronized OrderState cancel(String userId, String orderId) {
        LedgerAccount account = account(userId);
        LedgerOrder order = account.orders.get(orderId);
        if (order == null) {
            throw new LedgerException(LedgerException.Reason.ORDER_NOT_FOUND, "order not found: " + orderId);
        }
        if (!order.isOpen()) {
            throw new LedgerException(LedgerException.Reason.ORDER_CLOSED, "order finished: " + orderId);
        }
        Settlement.Ctx ctx = ctx(requireSpec(order.request.symbol()));
        finish(account, order, OrderStatus.CANCELED, ctx);
        publish(ctx);
        return order.snapshot();
    }

    /**
     * Cancels every open order matching the filters.
     *
     * @param userId the user
     * @param symbol only this symbol, or null for all
     * @param side only this side, or null for both
     * @return the cancelled orders
     */
    public synchronized List<OrderState> cancelAll(String userId, Symbol symbol, Side side) {
        List<String> ids = new ArrayList<>();
        for (LedgerOrder o : account(userId).orders.values()) {
            boolean symbolMatches = symbol == null || o.request.symbol().equals(symbol);
            if (o.isOpen() && symbolMatches && (side == null || o.request.side() == side)) {
                ids.add(o.orderId);
            }
        }
        List<OrderState> out = new ArrayList<>();
        ids.forEach(id -> out.add(cancel(userId, id)));
        return out;
    }

    /**
     * Fills part or all of an open order at its own price, as maker.
     *
     * @param orderId the order
     * @param size the size, at most the order's unfilled size
     * @return the order after the fill
     * @throws LedgerException if unknown, finished or the size is invalid
     */
    public synchronized OrderState fill(String orderId, Decimal size) {
        LedgerAccount account = orderOwners.get(orderId);
        LedgerOrder order = account == null ? null : account.orders.get(orderId);
        if (order == null || !order.isOpen()) {
            throw new LedgerException(order == null ? LedgerException.Reason.ORDER_NOT_FOUND
                    : LedgerException.Reason.ORDER_CLOSED, "cannot fill " + orderId);
        }
        if (size.signum() <= 0 || size.compareTo(order.left()) > 0) {
            throw new LedgerException(LedgerException.Reason.INVALID_SIZE, "fill size " + size + " for " + orderId);
        }
        Settlement.Ctx ctx = ctx(requireSpec(order.request.symbol()));
        execute(account, order, size, order.price, Liquidity.MAKER, ctx);
        publish(ctx);
        return order.snapshot();
    }

    private void onMarketTrade(MarketTrade trade) {
        synchronized (this) {
            Settlement.Ctx ctx = ctx(market.spec(trade.symbol()));
            Decimal remaining = trade.size();
            for (LedgerOrder order : crossedBy(trade)) {
                if (remaining.signum() <= 0) {
                    break;
                }
                Decimal size = Decimals.min(remaining, order.left());
                execute(orderOwners.get(order.orderId), order, size, order.price, Liquidity.MAKER, ctx);
                remaining = remaining.subtract(size);
            }
            publish(ctx);
        }
    }

    private List<LedgerOrder> crossedBy(MarketTrade trade) {
        Side makerSide = trade.takerSide() == Side.BUY ? Side.SELL : Side.BUY;
        List<LedgerOrder> out = new ArrayList<>();
        for (LedgerAccount account : accounts.values()) {
            for (LedgerOrder o : account.orders.values()) {
                if (o.isOpen() && o.request.symbol().equals(trade.symbol()) && o.request.side() == makerSide
                        && tradesThrough(o, trade.price())) {
                    out.add(o);
                }
            }
        }
        Comparator<LedgerOrder> byPrice = Comparator.comparing(o -> o.price);
        out.sort(makerSide == Side.SELL ? byPrice : byPrice.reversed());
        return out;
    }

    private static boolean tradesThrough(LedgerOrder order, Decimal tradePrice) {
        int c = order.price.compareTo(tradePrice);
        return order.request.side() == Side.SELL ? c <= 0 : c >= 0;
    }

    private void execute(LedgerAccount account, LedgerOrder order, Decimal size, Decimal price, Liquidity liquidity,
                         Settlement.Ctx ctx) {
        InstrumentSpec spec = ctx.spec();
        Decimal rate = liquidity == Liquidity.MAKER ? spec.makerFeeRate() : spec.takerFeeRate();
        Decimal fee = settlement.fee(order, size, price, rate, spec);
        order.filled = order.filled.add(size);
        order.filledNotional = order.filledNotional.add(Decimals.mul(size, price, spec.contractSize()));
        order.fee = order.fee.add(fee);
        order.feeAsset = settlement.feeAsset(order);
        OwnFill fill = new OwnFill(nextFillId++, order.orderId, account.userId, spec.symbol(), order.request.side(),
                price, size, liquidity, fee, order.feeAsset, order.request.text(), ctx.nowMillis());
        account.fills.add(fill);
        ctx.events().add(new LedgerEvent.FillEvent(account.userId, fill));
        settlement.settle(account, order, size, price, fee, ctx);
        if (order.left().isZero()) {
            finish(account, order, OrderStatus.FILLED, ctx);
        } else {
            order.status = OrderStatus.PARTIALLY_FILLED;
            order.touch(ctx.nowMillis());
            ctx.events().add(new LedgerEvent.OrderEvent(account.userId, UPDATE, order.snapshot()));
        }
    }

    private void finish(LedgerAccount account, LedgerOrder order, OrderStatus status, Settlement.Ctx ctx) {
        settlement.release(account, order, ctx);
        order.status = status;
        order.touch(ctx.nowMillis());
        ctx.events().add(new LedgerEvent.OrderEvent(account.userId, FINISH, order.snapshot()));
    }

    private Decimal oppositeBest(NewOrder request) {
        BookTop top = market.book(request.symbol()).top();
        return request.side() == Side.BUY ? top.askPrice() : top.bidPrice();
    }

    private static boolean crosses(NewOrder request, Decimal opposite) {
        if (opposite == null) {
            return false;
        }
        if (request.type() == OrderType.MARKET) {
            return true;
        }
        int c = request.price().compareTo(opposite);
        return request.side() == Side.BUY ? c >= 0 : c <= 0;
    }

    private Settlement.Ctx ctx(InstrumentSpec spec) {
        return new Settlement.Ctx(market.nowMillis(), spec, new ArrayList<>());
    }

    private void publish(Settlement.Ctx ctx) {
        for (LedgerEvent e : ctx.events()) {
            listeners.forEach(l -> l.onEvent(e));
        }
        ctx.events().clear();
    }

    LedgerAccount account(String userId) {
        LedgerAccount account = accounts.get(userId);
        if (account == null) {
            throw new LedgerException(LedgerException.Reason.UNKNOWN_ACCOUNT, "unknown account " + userId);
        }
        return account;
    }

    private InstrumentSpec requireSpec(Symbol symbol) {
        InstrumentSpec spec = market.spec(symbol);
        if (spec == null) {
            throw new LedgerException(LedgerException.Reason.UNKNOWN_SYMBOL, "not listed: " + symbol);
        }
        return spec;
    }

    /** @return the read-only view of the accounts */
    public LedgerQueries queries() {
        return new LedgerQueries(this);
    }
}
