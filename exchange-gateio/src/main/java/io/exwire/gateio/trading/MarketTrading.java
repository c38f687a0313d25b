package io.exwire.gateio.trading;

import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;

import java.util.List;
import java.util.Optional;

/** The endpoints of one Gate.io market behind {@link GateioPrivateRestClient}. */
interface MarketTrading {

    Order place(OrderRequest request);

    Order cancel(Symbol symbol, String orderId);

    List<Order> cancelAll(Symbol symbol);

    Order order(Symbol symbol, String orderId);

    List<Order> openOrders(Optional<Symbol> symbol);

    List<Balance> balances();

    List<Position> positions();

    List<OwnTrade> ownTrades(Symbol symbol, long sinceEpochMillis);

    void setLeverage(Symbol symbol, int leverage);
}
