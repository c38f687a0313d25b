package io.exwire.archfixtures.bad.spi;

/** Fixture provider interface. */
public interface ExchangeProvider {
    /** @return the id */
    String id();
}
