package io.exwire.cli.command;

import io.exwire.api.ExchangeConfig;
import io.exwire.api.exception.ExwireException;
import io.exwire.api.marketdata.BasePublicWebsocket;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.Symbol;
import io.exwire.cli.options.StreamOptions;
import io.exwire.cli.sink.MarketSink;
import io.exwire.cli.sink.PublicHandlers;
import io.exwire.core.Exchanges;

import java.util.Map;

/** {@code exwire stream}: public market data of one venue market, as a table or JSON lines. */
public final class StreamCommand {

    private final CliContext ctx;

    /**
     * @param ctx the context
     */
    public StreamCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Streams until the duration elapses, the event budget is used, Ctrl-C, or the connection is given up.
     *
     * @param o the options
     * @return the exit code
     */
    public int run(StreamOptions o) {
        ctx.control().limitEvents(o.limits().maxEvents());
        ExchangeConfig config = Configs.of(o.venue(), o.market(), o.endpoints(), o.bookDepth());
        String title = "exwire stream " + o.venue() + " " + o.market().name().toLowerCase(java.util.Locale.ROOT);
        try (Presentation presentation = Presentation.of(o.format(), ctx, title)) {
            MarketSink sink = presentation.marketSink(o.venue(), o.market(), o.symbols(), o.bookDepth());
            try (BasePublicWebsocket ws = Exchanges.publicWebsocket(config, PublicHandlers.of(sink, ctx.control()))) {
                sink.attach(ws.performanceMetrics());
                SubscriptionResult result = Startup.await(ws.initialize(o.symbols(), o.channels()), ctx.control(),
                        "subscribing");
                requireAccepted(result, sink);
                int code = Session.run(ctx.control(), o.limits().duration(), presentation);
                presentation.finish();
                return code;
            }
        }
    }

    /**
     * Reports refused symbols; fails when none was accepted.
     *
     * @param result the venue's answer
     * @param sink where refusals are reported
     * @throws ExwireException the first refusal, when nothing was accepted
     */
    static void requireAccepted(SubscriptionResult result, MarketSink sink) {
        for (Map.Entry<Symbol, ExwireException> rejected : result.rejected().entrySet()) {
            sink.error(rejected.getValue());
        }
        if (result.accepted().isEmpty() && !result.rejected().isEmpty()) {
            throw result.rejected().values().iterator().next();
        }
    }
}
