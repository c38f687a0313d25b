package io.exwire.gateio.trading;

import io.exwire.api.model.Decimal;
import io.exwire.api.trading.OrderStatus;
import io.exwire.api.trading.OrderType;
import io.exwire.api.trading.TimeInForce;

import java.util.Set;

/**
 * Gate.io order vocabularies mapped to the api enums.
 *
 * <p>Status: an order is open while spot {@code status}/futures {@code status} is {@code open} (spot websocket
 * events {@code put}/{@code update}; futures live markers {@code finish_as} {@code _new}/{@code _update}): NEW, or
 * PARTIALLY_FILLED once something filled. When finished, {@code finish_as} decides: {@code filled} is FILLED;
 * {@code poc} (a post-only order that would have taken) is REJECTED; every other reason (cancelled, ioc, fok, stp,
 * small, depth_not_enough, trader_not_enough, liquidated, reduce_only, position_closed, ...) is FILLED when nothing is
 * left, else CANCELED. Spot REST {@code closed} without a reason is FILLED and {@code cancelled} CANCELED.
 */
final class OrderStatuses {

    private static final Set<String> OPEN_MARKERS = Set.of("", "-", "open", "_new", "_update");

    private OrderStatuses() {
    }

    /**
     * @param status spot {@code status} ({@code open}/{@code closed}/{@code cancelled}) or futures
     *     ({@code open}/{@code finished}), or null
     * @param finishAs {@code finish_as}, or null
     * @param finishEvent whether a spot websocket event said {@code finish}
     * @param filled the filled size
     * @param left the remaining size
     * @return the status
     */
    static OrderStatus status(String status, String finishAs, boolean finishEvent, Decimal filled, Decimal left) {
        boolean hasReason = finishAs != null && !OPEN_MARKERS.contains(finishAs);
        if (!hasReason && !finishEvent && !finishedStatus(status)) {
            return filled != null && filled.signum() > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
        }
        if (!hasReason) {
            return finishedWithoutReason(status, left);
        }
        return terminal(finishAs, left);
    }

    private static boolean finishedStatus(String status) {
        return "closed".equals(status) || "cancelled".equals(status) || "finished".equals(status);
    }

    private static OrderStatus terminal(String finishAs, Decimal left) {
        if ("filled".equals(finishAs)) {
            return OrderStatus.FILLED;
        }
        if ("poc".equals(finishAs)) {
            return OrderStatus.REJECTED;
        }
        return nothingLeft(left) ? OrderStatus.FILLED : OrderStatus.CANCELED;
    }

    private static OrderStatus finishedWithoutReason(String status, Decimal left) {
        if ("closed".equals(status)) {
            return OrderStatus.FILLED;
        }
        if ("cancelled".equals(status)) {
            return OrderStatus.CANCELED;
        }
        return nothingLeft(left) ? OrderStatus.FILLED : OrderStatus.CANCELED;
    }

    private static boolean nothingLeft(Decimal left) {
        return left != null && left.isZero();
    }

    /**
     * @param tif {@code gtc}, {@code ioc}, {@code fok} or {@code poc} (spot {@code time_in_force}, futures
     *     {@code tif})
     * @return the time in force, or null when absent or unknown
     */
    static TimeInForce timeInForce(String tif) {
        if (tif == null) {
            return null;
        }
        return switch (tif) {
            case "gtc" -> TimeInForce.GTC;
            case "ioc" -> TimeInForce.IOC;
            case "fok" -> TimeInForce.FOK;
            case "poc" -> TimeInForce.POST_ONLY;
            default -> null;
        };
    }

    /**
     * @param tif the time in force
     * @return Gate.io's spelling
     */
    static String venueTimeInForce(TimeInForce tif) {
        return switch (tif) {
            case GTC -> "gtc";
            case IOC -> "ioc";
            case FOK -> "fok";
            case POST_ONLY -> "poc";
        };
    }

    /**
     * @param type spot {@code type}
     * @return LIMIT, MARKET or OTHER (borrow/repay variants)
     */
    static OrderType spotType(String type) {
        if ("limit".equals(type)) {
            return OrderType.LIMIT;
        }
        return "market".equals(type) ? OrderType.MARKET : OrderType.OTHER;
    }

    /**
     * Gate.io marks a text as a client order id with the prefix {@code t-}; other texts ({@code apiv4},
     * {@code web}, {@code apiv4-ws}) name the channel an order came from and are not client ids.
     *
     * @param text the order's {@code text}
     * @return the client order id without {@code t-}, or an empty string
     */
    static String clientOrderId(String text) {
        return text != null && text.startsWith("t-") ? text.substring(2) : "";
    }

    /**
     * @param clientOrderId a client order id, with or without {@code t-}
     * @return the {@code text} to send, or null when the id is empty
     */
    static String venueText(String clientOrderId) {
        if (clientOrderId.isEmpty()) {
            return null;
        }
        return clientOrderId.startsWith("t-") ? clientOrderId : "t-" + clientOrderId;
    }
}
