package io.exwire.cli.demo;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.PublicChannel;
import io.exwire.api.marketdata.PublicRestClient;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.Credentials;
import io.exwire.api.trading.PrivateRestClient;
import io.exwire.cli.control.RunControl;
import io.exwire.cli.command.Configs;
import io.exwire.cli.command.Startup;
import io.exwire.cli.command.TablePresentation;
import io.exwire.cli.options.Endpoints;
import io.exwire.cli.sink.AccountSink;
import io.exwire.cli.sink.MarketSink;
import io.exwire.cli.sink.PrivateHandlers;
import io.exwire.cli.sink.PublicHandlers;
import io.exwire.core.Exchanges;
import io.exwire.testkit.VenueSimulator;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * One simulated venue market of the demo and the exwire components connected to it: a public websocket on every
 * channel for a few symbols, a private websocket and a signed REST client for a freshly registered account.
 */
final class DemoVenue {

    /** Market events per second each simulator pushes: lively, yet light on two cores. */
    static final int MARKET_EVENTS_PER_SECOND = 40;

    private static final int SYMBOLS = 3;
    private static final int BOOK_DEPTH = 20;

    private final ExchangeId venue;
    private final MarketType market;
    private final VenueSimulator simulator;
    private final DemoAccount account;
    private final ExchangeConfig config;
    private final List<Symbol> symbols;
    private final CompletableFuture<SubscriptionResult> publicStart;
    private final CompletableFuture<Void> privateStart;

    private DemoVenue(ExchangeId venue, MarketType market, VenueSimulator simulator, DemoAccount account,
                      TablePresentation presentation, RunControl control, Resources resources) {
        this.venue = venue;
        this.market = market;
        this.simulator = simulator;
        this.account = account;
        this.config = Configs.of(venue, market, new Endpoints(simulator.websocketUri(), simulator.restUri()), BOOK_DEPTH);
        this.symbols = simulator.listedSymbols().stream().sorted(java.util.Comparator.comparing(Symbol::toString))
                .limit(SYMBOLS).toList();
        MarketSink marketSink = presentation.marketSink(venue, market, symbols, BOOK_DEPTH);
        BasePublicWebsocket publicWs = resources.add(
                Exchanges.publicWebsocket(config, PublicHandlers.of(marketSink, control)));
        marketSink.attach(publicWs.performanceMetrics());
        AccountSink accountSink = presentation.accountSink(venue, market);
        BasePrivateWebsocket privateWs = resources.add(
                Exchanges.privateWebsocket(config, credentials(), PrivateHandlers.of(accountSink, control)));
        accountSink.attach(privateWs.performanceMetrics());
        this.publicStart = publicWs.initialize(symbols, EnumSet.allOf(PublicChannel.class));
        this.privateStart = privateWs.initialize();
    }

    /**
     * Starts the simulator, registers an account and starts connecting.
     *
     * @param venue the venue
     * @param market the market
     * @param seed the market seed
     * @param userId the venue user id of the account
     * @param presentation the table
     * @param control the run
     * @param resources where everything opened is registered for closing
     * @return the venue, connecting
     */
    static DemoVenue start(ExchangeId venue, MarketType market, long seed, String userId,
                           TablePresentation presentation, RunControl control, Resources resources) {
        VenueSimulator simulator = resources.add(Simulators.create(venue, market, seed));
        simulator.start();
        DemoAccount account = DemoAccount.create(venue + "-" + market.name().toLowerCase(Locale.ROOT), userId);
        simulator.addAccount(account.apiKey(), account.apiSecret(), account.userId());
        DemoVenue demoVenue = new DemoVenue(venue, market, simulator, account, presentation, control, resources);
        simulator.stream(MARKET_EVENTS_PER_SECOND);
        return demoVenue;
    }

    /**
     * Waits until both websockets are live (the private one has then reconciled the account's state over REST and
     * delivered it to the table).
     *
     * @param control the run
     */
    void awaitStarted(RunControl control) {
        Startup.await(publicStart, control, venue + " " + market + " public websocket");
        Startup.await(privateStart, control, venue + " " + market + " private websocket");
    }

    /**
     * @param presentation the table whose board logs the activity
     * @param seed the activity seed
     * @param resources where the REST clients are registered for closing
     * @return the activity of this venue market's account
     */
    AccountActivity activity(TablePresentation presentation, long seed, Resources resources) {
        OrderSizer sizer;
        try (PublicRestClient publicRest = Exchanges.publicRest(config)) {
            sizer = OrderSizer.load(publicRest, symbols);
        }
        PrivateRestClient rest = resources.add(Exchanges.privateRest(config, credentials()));
        String label = String.format("%-6s %-7s", venue.id(), market.name().toLowerCase(Locale.ROOT));
        return new AccountActivity(label, simulator, simulator.account(account.apiKey()), rest, sizer, symbols,
                new Random(seed), presentation.board());
    }

    private Credentials credentials() {
        return Credentials.of(account.apiKey(), account.apiSecret()).withAccountId(account.userId());
    }
}
