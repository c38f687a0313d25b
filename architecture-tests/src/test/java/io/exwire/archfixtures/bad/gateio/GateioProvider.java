package io.exwire.archfixtures.bad.gateio;

import io.exwire.archfixtures.bad.spi.ExchangeProvider;

/**
 * Breaks venueClassesAreNotExported (its package is exported by the fixture module) and venueProvidersAreRegistered
 * (neither provided in module-info nor listed in META-INF/services).
 */
public final class GateioProvider implements ExchangeProvider {
    @Override
    public String id() {
        return "gateio";
    }
}
