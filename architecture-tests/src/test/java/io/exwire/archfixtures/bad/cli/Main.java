package io.exwire.archfixtures.bad.cli;

import io.exwire.archfixtures.bad.mexc.MexcProvider;
import io.exwire.archfixtures.bad.testkit.Simulator;

/**
 * Breaks cliReachesVenuesOnlyThroughDiscovery (imports a venue class). Correct for noConsoleOutputOutsideCli
 * (the cli prints) and libraryNeverDependsOnCliOrTestkit (the cli may embed the testkit).
 */
public final class Main {
    private Main() {
    }

    /** @param args args */
    public static void main(String[] args) {
        System.out.println(new MexcProvider().id() + new Simulator());
    }
}
