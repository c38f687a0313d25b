package io.exwire.archfixtures.bad.mexc;

import io.exwire.archfixtures.bad.spi.ExchangeProvider;

/** Correct: public in an unexported package, provided in module-info and listed in META-INF/services. */
public final class MexcProvider implements ExchangeProvider {
    @Override
    public String id() {
        return "mexc";
    }
}
