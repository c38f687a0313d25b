package io.exwire.cli.command;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Symbol;
import io.exwire.cli.sink.AccountSink;
import io.exwire.cli.sink.MarketSink;
import io.exwire.cli.table.AccountPanel;
import io.exwire.cli.table.Board;
import io.exwire.cli.table.MarketGroup;
import io.exwire.cli.table.Screen;
import io.exwire.cli.table.TableAccountSink;
import io.exwire.cli.table.TableMarketSink;
import io.exwire.cli.table.TableRenderer;

import java.time.Duration;
import java.util.List;

/** A live table: the handlers update the board, the command's thread renders it. */
public final class TablePresentation implements Presentation {

    private final Board board;
    private final Screen screen;
    private final TableRenderer renderer;

    private TablePresentation(Board board, Screen screen) {
        this.board = board;
        this.screen = screen;
        this.renderer = new TableRenderer(board, System.nanoTime());
    }

    /**
     * @param ctx the context (stdout and whether it is a terminal)
     * @param title the table's title
     * @return the presentation
     */
    public static TablePresentation create(CliContext ctx, String title) {
        String hint = ctx.interactive() ? "   (Ctrl-C to quit)" : "";
        return new TablePresentation(new Board(title + hint), Screen.of(ctx.out(), ctx.interactive()));
    }

    /** @return the board, for an activity log */
    public Board board() {
        return board;
    }

    @Override
    public MarketSink marketSink(ExchangeId venue, MarketType market, List<Symbol> symbols, int bookDepth) {
        return new TableMarketSink(board.add(new MarketGroup(venue, market, symbols)));
    }

    @Override
    public AccountSink accountSink(ExchangeId venue, MarketType market) {
        return new TableAccountSink(board.add(new AccountPanel(venue, market)));
    }

    @Override
    public Duration refreshInterval() {
        return screen.refreshInterval();
    }

    @Override
    public void refresh() {
        screen.show(renderer.render(System.nanoTime()));
    }

    @Override
    public void finish() {
        refresh();
    }

    @Override
    public void close() {
        screen.close();
    }
}
