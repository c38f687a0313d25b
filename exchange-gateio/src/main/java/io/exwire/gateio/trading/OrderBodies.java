package io.exwire.gateio.trading;

import io.exwire.api.exception.ConfigurationException;
import io.exwire.api.model.Side;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;
import io.exwire.gateio.wire.GateioSymbols;
import io.exwire.gateio.wire.JsonStrings;

/**
 * JSON bodies of Gate.io order placement.
 *
 * <ul>
 *   <li>Spot {@code POST /api/v4/spot/orders}: {@code text} ({@code t-} + client id), {@code currency_pair},
 *   {@code type} limit|market, {@code account} spot, {@code side}, {@code amount}, {@code price} (limit only),
 *   {@code time_in_force} gtc|ioc|fok|poc. Market orders are ioc (or fok). Gate.io sizes a spot
 *   <em>market buy</em> in the quote currency while {@link OrderRequest#size()} is in the base asset, so market buys
 *   are refused here; use a marketable limit IOC order instead.</li>
 *   <li>Futures {@code POST /api/v4/futures/usdt/orders}: {@code contract}, signed {@code size} as a decimal string
 *   (positive buys, negative sells; the client sends {@code X-Gate-Size-Decimal: 1}), {@code price} ("0" for
 *   market), {@code tif} gtc|ioc|fok|poc (market: ioc or fok), {@code text}, {@code reduce_only}.</li>
 * </ul>
 */
final class OrderBodies {

    private OrderBodies() {
    }

    static String spot(OrderRequest r) {
        boolean market = r.type() == OrderType.MARKET;
        if (market && r.side() == Side.BUY) {
            throw new ConfigurationException("gateio sizes spot market buys in the quote currency; "
                    + "place a limit IOC order to buy a base-asset size");
        }
        StringBuilder sb = new StringBuilder(192).append('{');
        text(sb, r.clientOrderId());
        field(sb, "currency_pair", GateioSymbols.venue(r.symbol())).append(',');
        field(sb, "type", market ? "market" : "limit").append(',');
        field(sb, "account", "spot").append(',');
        field(sb, "side", r.side() == Side.SELL ? "sell" : "buy").append(',');
        field(sb, "amount", r.size().toString()).append(',');
        if (!market) {
            field(sb, "price", r.price().toString()).append(',');
        }
        field(sb, "time_in_force", timeInForce(r));
        return sb.append('}').toString();
    }

    static String futures(OrderRequest r) {
        boolean market = r.type() == OrderType.MARKET;
        String size = (r.side() == Side.SELL ? r.size().negate() : r.size()).toString();
        StringBuilder sb = new StringBuilder(192).append('{');
        text(sb, r.clientOrderId());
        field(sb, "contract", GateioSymbols.venue(r.symbol())).append(',');
        field(sb, "size", size).append(',');
        field(sb, "price", market ? "0" : r.price().toString()).append(',');
        field(sb, "tif", timeInForce(r));
        if (r.reduceOnly()) {
            sb.append(",\"reduce_only\":true");
        }
        return sb.append('}').toString();
    }

    private static String timeInForce(OrderRequest r) {
        if (r.type() == OrderType.MARKET) {
            return r.timeInForce() == TimeInForce.FOK ? "fok" : "ioc";
        }
        return OrderStatuses.venueTimeInForce(r.timeInForce());
    }

    private static void text(StringBuilder sb, String clientOrderId) {
        String text = OrderStatuses.venueText(clientOrderId);
        if (text != null) {
            field(sb, "text", text).append(',');
        }
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        JsonStrings.quote(sb, name).append(':');
        return JsonStrings.quote(sb, value);
    }
}
