package io.exwire.testkit.mexc;

/**
 * The private spot push bodies ({@code spot@private.*.v3.api.pb}), field numbers and types exactly as in MEXC's
 * official {@code .proto} files (see {@code src/main/proto/mexc/}).
 *
 * <p>All types are immutable records and thread-safe.
 */
public final class SpotPrivateBodies {

    private SpotPrivateBodies() {
    }

    /**
     * {@code PrivateOrdersV3Api}, wrapper field 304 (fields 1-16; the undocumented stop-order and id fields 17-26
     * are not sent).
     *
     * @param id 1, exchange order id
     * @param clientId 2, client order id
     * @param price 3
     * @param quantity 4, base
     * @param amount 5, quote ("0" for quantity orders)
     * @param avgPrice 6
     * @param orderType 7: 1 LIMIT, 2 POST_ONLY, 3 IOC, 4 FOK, 5 MARKET, 100 STOP_LIMIT
     * @param tradeType 8: 1 buy, 2 sell
     * @param isMaker 9
     * @param remainAmount 10, quote
     * @param remainQuantity 11, base
     * @param lastDealQuantity 12 (optional), or null
     * @param cumulativeQuantity 13
     * @param cumulativeAmount 14
     * @param status 15: 1 NEW, 2 FILLED, 3 PARTIALLY_FILLED, 4 CANCELED, 5 PARTIALLY_CANCELED
     * @param createTime 16, ms
     */
    public record Order(String id, String clientId, String price, String quantity, String amount, String avgPrice,
                        int orderType, int tradeType, boolean isMaker, String remainAmount, String remainQuantity,
                        String lastDealQuantity, String cumulativeQuantity, String cumulativeAmount, int status,
                        long createTime) implements SpotPushBody {
        @Override
        public int wrapperField() {
            return 304;
        }

        @Override
        public void writeTo(ProtoWriter out) {
            out.string(1, id).string(2, clientId).string(3, price).string(4, quantity).string(5, amount)
                    .string(6, avgPrice).int32(7, orderType).int32(8, tradeType).bool(9, isMaker)
                    .string(10, remainAmount).string(11, remainQuantity).optionalString(12, lastDealQuantity)
                    .string(13, cumulativeQuantity).string(14, cumulativeAmount).int32(15, status)
                    .int64(16, createTime);
        }
    }

    /**
     * {@code PrivateDealsV3Api}, wrapper field 306.
     *
     * @param price 1
     * @param quantity 2
     * @param amount 3, quote
     * @param tradeType 4: 1 buy, 2 sell
     * @param isMaker 5
     * @param isSelfTrade 6
     * @param tradeId 7
     * @param clientOrderId 8
     * @param orderId 9
     * @param feeAmount 10
     * @param feeCurrency 11
     * @param time 12, ms
     */
    public record Deal(String price, String quantity, String amount, int tradeType, boolean isMaker,
                       boolean isSelfTrade, String tradeId, String clientOrderId, String orderId, String feeAmount,
                       String feeCurrency, long time) implements SpotPushBody {
        @Override
        public int wrapperField() {
            return 306;
        }

        @Override
        public void writeTo(ProtoWriter out) {
            out.string(1, price).string(2, quantity).string(3, amount).int32(4, tradeType).bool(5, isMaker)
                    .bool(6, isSelfTrade).string(7, tradeId).string(8, clientOrderId).string(9, orderId)
                    .string(10, feeAmount).string(11, feeCurrency).int64(12, time);
        }
    }

    /**
     * {@code PrivateAccountV3Api}, wrapper field 307: one asset's balance after a change.
     *
     * @param vcoinName 1, asset
     * @param coinId 2
     * @param balanceAmount 3, free after the change
     * @param balanceAmountChange 4, delta of free
     * @param frozenAmount 5, locked after the change
     * @param frozenAmountChange 6, delta of locked
     * @param type 7, change type (ENTRUST_PLACE, ENTRUST, ENTRUST_CANCEL, ...)
     * @param time 8, ms
     */
    public record Account(String vcoinName, String coinId, String balanceAmount, String balanceAmountChange,
                          String frozenAmount, String frozenAmountChange, String type, long time)
            implements SpotPushBody {
        @Override
        public int wrapperField() {
            return 307;
        }

        @Override
        public void writeTo(ProtoWriter out) {
            out.string(1, vcoinName).string(2, coinId).string(3, balanceAmount).string(4, balanceAmountChange)
                    .string(5, frozenAmount).string(6, frozenAmountChange).string(7, type).int64(8, time);
        }
    }
}
