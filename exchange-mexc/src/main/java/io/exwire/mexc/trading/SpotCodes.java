package io.exwire.mexc.trading;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Side;
import io.exwire.api.trading.OrderRequest;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;

/**
 * MEXC spot enumerations and their api equivalents.
 *
 * <table>
 *   <caption>mapping</caption>
 *   <tr><th>push int</th><th>REST name</th><th>api</th></tr>
 *   <tr><td>orderType 1</td><td>LIMIT</td><td>LIMIT, GTC</td></tr>
 *   <tr><td>2</td><td>LIMIT_MAKER</td><td>LIMIT, POST_ONLY</td></tr>
 *   <tr><td>3</td><td>IMMEDIATE_OR_CANCEL</td><td>LIMIT, IOC</td></tr>
 *   <tr><td>4</td><td>FILL_OR_KILL</td><td>LIMIT, FOK</td></tr>
 *   <tr><td>5</td><td>MARKET</td><td>MARKET (IOC)</td></tr>
 *   <tr><td>100 (stop-loss/take-profit)</td><td>other</td><td>OTHER</td></tr>
 *   <tr><td>status 1</td><td>NEW</td><td>NEW</td></tr>
 *   <tr><td>2</td><td>FILLED</td><td>FILLED</td></tr>
 *   <tr><td>3</td><td>PARTIALLY_FILLED</td><td>PARTIALLY_FILLED</td></tr>
 *   <tr><td>4</td><td>CANCELED</td><td>CANCELED</td></tr>
 *   <tr><td>5</td><td>PARTIALLY_CANCELED</td><td>CANCELED (terminal: partially filled, rest canceled)</td></tr>
 *   <tr><td>tradeType 1 / 2</td><td>BUY / SELL</td><td>BUY / SELL</td></tr>
 * </table>
 */
final class SpotCodes {

    private SpotCodes() {
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

    static OrderKind kind(String type) {
        return switch (type) {
            case "LIMIT" -> OrderKind.LIMIT_GTC;
            case "LIMIT_MAKER" -> OrderKind.POST_ONLY;
            case "IMMEDIATE_OR_CANCEL" -> OrderKind.LIMIT_IOC;
            case "FILL_OR_KILL" -> OrderKind.LIMIT_FOK;
            case "MARKET" -> OrderKind.MARKET;
            default -> OrderKind.OTHER;
        };
    }

    static OrderStatus status(int status) {
        return switch (status) {
            case 1 -> OrderStatus.NEW;
            case 2 -> OrderStatus.FILLED;
            case 3 -> OrderStatus.PARTIALLY_FILLED;
            case 4, 5 -> OrderStatus.CANCELED;
            default -> throw new ProtocolException("unknown MEXC spot order status " + status);
        };
    }

    static OrderStatus status(String status) {
        return switch (status) {
            case "NEW" -> OrderStatus.NEW;
            case "FILLED" -> OrderStatus.FILLED;
            case "PARTIALLY_FILLED" -> OrderStatus.PARTIALLY_FILLED;
            case "CANCELED", "PARTIALLY_CANCELED" -> OrderStatus.CANCELED;
            default -> throw new ProtocolException("unknown MEXC spot order status '" + status + "'");
        };
    }

    static Side side(int tradeType) {
        return switch (tradeType) {
            case 1 -> Side.BUY;
            case 2 -> Side.SELL;
            default -> throw new ProtocolException("unknown MEXC spot tradeType " + tradeType);
        };
    }

    static Side side(String side) {
        return switch (side) {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw new ProtocolException("unknown MEXC spot side '" + side + "'");
        };
    }

    /**
     * @param request an order request
     * @return the REST {@code type} for it
     */
    static String restType(OrderRequest request) {
        if (request.type() == OrderType.MARKET) {
            return "MARKET";
        }
        return switch (request.timeInForce()) {
            case GTC -> "LIMIT";
            case POST_ONLY -> "LIMIT_MAKER";
            case IOC -> "IMMEDIATE_OR_CANCEL";
            case FOK -> "FILL_OR_KILL";
        };
    }
}
