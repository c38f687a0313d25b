package io.exwire.mexc.marketdata;

import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.mexc.wire.JsonValues;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads REST book snapshots: {@code {"<sequence field>":n,"bids":[..],"asks":[..],"timestamp":n}} where each side is
 * an array of {@code [price, size, ...]} arrays whose values are strings (spot {@code ["15.00000","49999.00000"]})
 * or numbers (futures {@code [3968.4, 179, 4]}, the third value being the order count, ignored). Cold path.
 */
final class RestLevels {

    private RestLevels() {
    }

    /**
     * @param symbol the symbol
     * @param cur the cursor, on the snapshot object
     * @param sequenceField {@code lastUpdateId} (spot) or {@code version} (futures)
     * @return the snapshot
     */
    static OrderBookSnapshot book(Symbol symbol, JsonCursor cur, String sequenceField) {
        long sequence = -1;
        long timestamp = 0;
        List<PriceLevel> bids = List.of();
        List<PriceLevel> asks = List.of();
        cur.beginObject();
        while (cur.nextField()) {
            if (cur.fieldIs(sequenceField)) {
                sequence = cur.readLong();
            } else if (cur.fieldIs("timestamp")) {
                timestamp = JsonValues.optionalLong(cur, 0);
            } else if (cur.fieldIs("bids")) {
                bids = read(cur);
            } else if (cur.fieldIs("asks")) {
                asks = read(cur);
            } else {
                cur.skipValue();
            }
        }
        return new OrderBookSnapshot(symbol, sequence, bids, asks, timestamp);
    }

    static List<PriceLevel> read(JsonCursor cur) {
        List<PriceLevel> levels = new ArrayList<>();
        if (cur.readNullIfPresent()) {
            return levels;
        }
        cur.beginArray();
        while (cur.nextElement()) {
            cur.beginArray();
            cur.nextElement();
            cur.readDecimal();
            Decimal price = Decimal.of(cur.mantissa(), cur.scale());
            cur.nextElement();
            cur.readDecimal();
            levels.add(new PriceLevel(price, Decimal.of(cur.mantissa(), cur.scale())));
            while (cur.nextElement()) {
                cur.skipValue();
            }
        }
        return levels;
    }
}
