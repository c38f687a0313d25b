package io.exwire.cli.command;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.cli.options.Format;
import io.exwire.cli.sink.AccountSink;
import io.exwire.cli.sink.MarketSink;

import java.time.Duration;
import java.util.List;

/** How a run shows its events: a live table or JSON lines. */
public interface Presentation extends AutoCloseable {

    /**
     * @param venue the venue
     * @param market the market
     * @param symbols the symbols streamed
     * @param bookDepth levels per side shown for books
     * @return the sink of one public component
     */
    MarketSink marketSink(ExchangeId venue, MarketType market, List<Symbol> symbols, int bookDepth);

    /**
     * @param venue the venue
     * @param market the market
     * @return the sink of one private component
     */
    AccountSink accountSink(ExchangeId venue, MarketType market);

    /** @return how often {@link #refresh()} is due */
    Duration refreshInterval();

    /** Shows the current state (table) or nothing (JSONL: lines are written as events arrive). */
    void refresh();

    /** Shows the final state after a normal end. */
    void finish();

    /** Releases the output; nothing is written afterwards. Idempotent. */
    @Override
    void close();

    /**
     * @param format the format
     * @param ctx the context
     * @param title the table's title
     * @return the presentation
     */
    static Presentation of(Format format, CliContext ctx, String title) {
        return format == Format.JSONL ? new JsonlPresentation(ctx.out()) : TablePresentation.create(ctx, title);
    }
}
