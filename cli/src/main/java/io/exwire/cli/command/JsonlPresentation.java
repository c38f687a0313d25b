package io.exwire.cli.command;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.cli.jsonl.JsonlAccountSink;
import io.exwire.cli.jsonl.JsonlMarketSink;
import io.exwire.cli.jsonl.JsonlOutput;
import io.exwire.cli.sink.AccountSink;
import io.exwire.cli.sink.MarketSink;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** JSON lines on stdout, written by the handlers as events arrive. */
final class JsonlPresentation implements Presentation {

    private final JsonlOutput output;

    JsonlPresentation(PrintStream out) {
        this.output = new JsonlOutput(out);
    }

    @Override
    public MarketSink marketSink(ExchangeId venue, MarketType market, List<Symbol> symbols, int bookDepth) {
        return new JsonlMarketSink(output, venue, market, bookDepth);
    }

    @Override
    public AccountSink accountSink(ExchangeId venue, MarketType market) {
        return new JsonlAccountSink(output, venue, market);
    }

    @Override
    public Duration refreshInterval() {
        return Duration.ofHours(1);
    }

    @Override
    public void refresh() {
        // lines are written by the handlers themselves
    }

    @Override
    public void finish() {
        // the output stays open until close(), after the components: their final state lines are still written
    }

    @Override
    public void close() {
        output.close();
    }
}
