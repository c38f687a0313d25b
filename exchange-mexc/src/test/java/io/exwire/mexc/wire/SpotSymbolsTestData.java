package io.exwire.mexc.wire;

/** A spot {@code exchangeInfo} body shaped like the venue's (padded decimals, precisions as numbers and strings). */
public final class SpotSymbolsTestData {

    /** Four symbols: BTCUSDT (online), RIBBITUSDT (API trading off), TOMO3LUSDT (paused), an invalid asset code. */
    public static final String EXCHANGE_INFO = "{\"timezone\":\"CST\",\"serverTime\":1,\"rateLimits\":[],"
            + "\"exchangeFilters\":[],\"symbols\":["
            + "{\"symbol\":\"BTCUSDT\",\"status\":\"1\",\"baseAsset\":\"BTC\",\"baseAssetPrecision\":6,"
            + "\"quoteAsset\":\"USDT\",\"quotePrecision\":2,\"quoteAssetPrecision\":2,"
            + "\"orderTypes\":[\"LIMIT\",\"MARKET\",\"LIMIT_MAKER\"],\"isSpotTradingAllowed\":true,"
            + "\"quoteAmountPrecision\":\"1.000000000000000000000000000000\",\"baseSizePrecision\":\"0.000001\","
            + "\"permissions\":[\"SPOT\"],\"filters\":[],\"maxQuoteAmount\":\"2000000.000000000000000000000000000000\"},"
            + "{\"symbol\":\"RIBBITUSDT\",\"status\":\"ENABLED\",\"baseAsset\":\"RIBBIT\",\"baseAssetPrecision\":\"0\","
            + "\"quoteAsset\":\"USDT\",\"quotePrecision\":\"12\",\"isSpotTradingAllowed\":false,"
            + "\"quoteAmountPrecision\":\"5\",\"baseSizePrecision\":\"0\"},"
            + "{\"symbol\":\"TOMO3LUSDT\",\"status\":\"2\",\"baseAsset\":\"TOMO3L\",\"baseAssetPrecision\":2,"
            + "\"quoteAsset\":\"USDT\",\"quotePrecision\":3},"
            + "{\"symbol\":\"weird\",\"status\":\"1\",\"baseAsset\":\"we-ird\",\"baseAssetPrecision\":2,"
            + "\"quoteAsset\":\"USDT\",\"quotePrecision\":3}"
            + "]}";

    private SpotSymbolsTestData() {
    }
}
