package io.exwire.mexc.trading;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Side;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.PositionSide;

/**
 * MEXC futures enumerations and their api equivalents.
 *
 * <table>
 *   <caption>mapping</caption>
 *   <tr><th>MEXC</th><th>api</th></tr>
 *   <tr><td>side 1 open long, 2 close short</td><td>BUY</td></tr>
 *   <tr><td>side 3 open short, 4 close long</td><td>SELL</td></tr>
 *   <tr><td>orderType 1 limit, 2 Post Only, 3 IOC, 4 FOK</td><td>LIMIT with GTC, POST_ONLY, IOC, FOK</td></tr>
 *   <tr><td>orderType 5 market</td><td>MARKET (IOC)</td></tr>
 *   <tr><td>orderType 6 market-to-limit, others</td><td>OTHER</td></tr>
 *   <tr><td>state 1 uninformed (pending)</td><td>NEW</td></tr>
 *   <tr><td>state 2 uncompleted</td><td>NEW, or PARTIALLY_FILLED once {@code dealVol > 0}</td></tr>
 *   <tr><td>state 3 completed / 4 cancelled / 5 invalid</td><td>FILLED / CANCELED / REJECTED</td></tr>
 *   <tr><td>positionType 1 (or "long") / 2 (or "short")</td><td>LONG / SHORT; FLAT when closed (state 3) or
 *   {@code holdVol} 0</td></tr>
 * </table>
 *
 * Orders: an api request maps to side 1/3 (open long/short) or, with {@code reduceOnly}, 2/4 (close short/long).
 */
final class FuturesCodes {

    private FuturesCodes() {
    }

    static Side side(int side) {
        return switch (side) {
            case 1, 2 -> Side.BUY;
            case 3, 4 -> Side.SELL;
            default -> throw new ProtocolException("unknown MEXC futures side " + side);
        };
    }

    static OrderKind kind(int orderType) {
        return switch (orderType) {
            case 1 -> OrderKind.LIMIT_GTC;
            case 2 -> OrderKind.POST_ONLY;
            case 3 -> OrderKind.LIMIT_IOC;
            case 4 -> OrderKind.LIMIT_FOK;
            case 5 -> OrderKind.MARKET;
            default -> OrderKind.OTHER;
        };
    }

    static OrderStatus status(int state, Decimal dealVol) {
        return switch (state) {
            case 1 -> OrderStatus.NEW;
            case 2 -> dealVol.signum() > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
            case 3 -> OrderStatus.FILLED;
            case 4 -> OrderStatus.CANCELED;
            case 5 -> OrderStatus.REJECTED;
            default -> throw new ProtocolException("unknown MEXC futures order state " + state);
        };
    }

    static PositionSide positionSide(String positionType) {
        return switch (positionType) {
            case "1", "long", "LONG" -> PositionSide.LONG;
            case "2", "short", "SHORT" -> PositionSide.SHORT;
            default -> throw new ProtocolException("unknown MEXC futures positionType '" + positionType + "'");
        };
    }

    static int requestSide(OrderRequest request) {
        if (request.side() == Side.BUY) {
            return request.reduceOnly() ? 2 : 1;
        }
        return request.reduceOnly() ? 4 : 3;
    }

    static int requestType(OrderRequest request) {
        if (request.type() == OrderType.MARKET) {
            return 5;
        }
        return switch (request.timeInForce()) {
            case GTC -> 1;
            case POST_ONLY -> 2;
            case IOC -> 3;
            case FOK -> 4;
        };
    }
}
