package io.exwire.archfixtures.bad.mexc.wire;

/** Breaks hotPathHasNoFloatingPoint: prices as double in a field and a parameter. */
public final class DoublePrices {
    private double lastPrice;

    /** @param price price */
    public void onPrice(double price) {
        lastPrice = price;
    }
}
