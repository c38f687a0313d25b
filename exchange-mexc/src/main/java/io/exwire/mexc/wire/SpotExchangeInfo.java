package io.exwire.mexc.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.rest.RestRequest;
import io.exwire.core.rest.RestTransport;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads MEXC's {@code GET /api/v3/exchangeInfo} ({@code {"timezone":..,"serverTime":..,"symbols":[...]}}). Precisions
 * arrive as numbers or numeric strings; symbols whose asset codes are not upper-case letters and digits, or whose
 * precisions are outside 0..18, are left out rather than failing the whole list. Stateless.
 */
public final class SpotExchangeInfo {

    /** The documented path. */
    public static final String PATH = "/api/v3/exchangeInfo";

    private static final String[] FIELDS = {"symbol", "status", "baseAsset", "quoteAsset", "baseAssetPrecision",
        "quotePrecision", "baseSizePrecision", "quoteAmountPrecision", "isSpotTradingAllowed"};
    private static final int SYMBOL = 0;
    private static final int STATUS = 1;
    private static final int BASE = 2;
    private static final int QUOTE = 3;
    private static final int BASE_PRECISION = 4;
    private static final int QUOTE_PRECISION = 5;
    private static final int MIN_SIZE = 6;
    private static final int MIN_NOTIONAL = 7;
    private static final int API_ALLOWED = 8;

    private SpotExchangeInfo() {
    }

    /**
     * Fetches and parses the symbol list (unsigned, weight 10).
     *
     * @param transport a transport to the spot REST root
     * @return the symbols
     */
    public static List<SpotSymbolInfo> fetch(RestTransport transport) {
        return parse(MexcRest.spot(transport, RestRequest.get(PATH, "")));
    }

    /**
     * @param body the response body
     * @return the symbols
     * @throws ProtocolException if the body is malformed
     */
    public static List<SpotSymbolInfo> parse(String body) {
        List<SpotSymbolInfo> out = new ArrayList<>();
        JsonCursor cur = new JsonCursor().reset(body);
        cur.beginObject();
        while (cur.nextField()) {
            if (cur.fieldIs("symbols") && !cur.readNullIfPresent()) {
                readSymbols(cur, out);
            } else {
                cur.skipValue();
            }
        }
        return out;
    }

    private static void readSymbols(JsonCursor cur, List<SpotSymbolInfo> out) {
        JsonFields f = new JsonFields(FIELDS);
        cur.beginArray();
        while (cur.nextElement()) {
            f.read(cur);
            SpotSymbolInfo info = toInfo(f);
            if (info != null) {
                out.add(info);
            }
        }
    }

    private static SpotSymbolInfo toInfo(JsonFields f) {
        int basePrecision = (int) f.longValue(BASE_PRECISION, -1);
        int quotePrecision = (int) f.longValue(QUOTE_PRECISION, -1);
        if (!inScale(basePrecision) || !inScale(quotePrecision)) {
            return null;
        }
        Symbol symbol;
        try {
            symbol = Symbol.of(f.string(BASE), f.string(QUOTE));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String status = f.string(STATUS);
        boolean online = "1".equals(status) || "ENABLED".equalsIgnoreCase(status);
        return new SpotSymbolInfo(f.string(SYMBOL), symbol, online, f.bool(API_ALLOWED, true),
                Decimal.of(1, quotePrecision), Decimal.of(1, basePrecision),
                positiveOrNull(f.decimal(MIN_SIZE)), positiveOrNull(f.decimal(MIN_NOTIONAL)));
    }

    private static boolean inScale(int precision) {
        return precision >= 0 && precision <= Decimal.MAX_SCALE;
    }

    private static Decimal positiveOrNull(Decimal d) {
        return d == null || d.signum() <= 0 ? null : d.stripTrailingZeros();
    }
}
