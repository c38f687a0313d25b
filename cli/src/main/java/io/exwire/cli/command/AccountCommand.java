package io.exwire.cli.command;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.trading.BasePrivateWebsocket;
import io.exwire.api.trading.Credentials;
import io.exwire.cli.options.AccountOptions;
import io.exwire.cli.sink.AccountSink;
import io.exwire.cli.sink.PrivateHandlers;
import io.exwire.core.Exchanges;

import java.util.Locale;

/** {@code exwire account}: the private stream of one account (orders, fills, balances, positions). */
public final class AccountCommand {

    private final CliContext ctx;

    /**
     * @param ctx the context
     */
    public AccountCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Streams until the duration elapses, the event budget is used, Ctrl-C, or the connection is given up.
     *
     * @param o the options
     * @return the exit code
     */
    public int run(AccountOptions o) {
        Credentials credentials = EnvCredentials.read(ctx.env(), o.userId());
        ctx.control().limitEvents(o.limits().maxEvents());
        ExchangeConfig config = Configs.of(o.venue(), o.market(), o.endpoints(), 1);
        String title = "exwire account " + o.venue() + " " + o.market().name().toLowerCase(Locale.ROOT);
        try (Presentation presentation = Presentation.of(o.format(), ctx, title)) {
            AccountSink sink = presentation.accountSink(o.venue(), o.market());
            try (BasePrivateWebsocket ws = Exchanges.privateWebsocket(config, credentials,
                    PrivateHandlers.of(sink, ctx.control()))) {
                sink.attach(ws.performanceMetrics());
                Startup.await(ws.initialize(), ctx.control(), "authenticating");
                int code = Session.run(ctx.control(), o.limits().duration(), presentation);
                presentation.finish();
                return code;
            }
        }
    }
}
