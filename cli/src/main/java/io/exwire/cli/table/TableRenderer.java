package io.exwire.cli.table;

import io.exwire.api.metrics.LatencySummary;
import io.exwire.api.metrics.MetricsSnapshot;
import io.exwire.cli.jsonl.Lower;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Board} as lines of text. Messages per second are per symbol, between two renders; latency
 * percentiles are the component's receive-to-handled figures from {@code performanceMetrics()}. Not thread-safe:
 * one rendering thread.
 */
public final class TableRenderer {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double MIN_RATE_WINDOW_SECONDS = 0.5;
    private static final int ERROR_WIDTH = 110;

    private final Board board;
    private final long startNanos;
    private final Map<MarketRow, Long> lastEvents = new IdentityHashMap<>();
    private final Map<MarketRow, Double> rates = new IdentityHashMap<>();
    private long lastSampleNanos;

    /**
     * @param board what to render
     * @param startNanos {@link System#nanoTime()} at start, for the uptime and the first rates
     */
    public TableRenderer(Board board, long startNanos) {
        this.board = board;
        this.startNanos = startNanos;
        this.lastSampleNanos = startNanos;
    }

    /**
     * @param nowNanos {@link System#nanoTime()} now
     * @return the lines of the table
     */
    public List<String> render(long nowNanos) {
        double seconds = (nowNanos - lastSampleNanos) / NANOS_PER_SECOND;
        boolean sample = seconds >= MIN_RATE_WINDOW_SECONDS;
        List<String> lines = new ArrayList<>();
        lines.add(board.title() + "   up " + Cells.uptime((nowNanos - startNanos) / 1_000_000_000L));
        lines.add("");
        if (!board.markets().isEmpty()) {
            marketSection(lines, sample ? seconds : 0);
        }
        if (!board.accounts().isEmpty()) {
            accountSection(lines);
        }
        footer(lines);
        if (sample) {
            lastSampleNanos = nowNanos;
        }
        return lines;
    }

    /** @param seconds the rate window, or 0 to show the previous rates (too short a window since the last one) */
    private void marketSection(List<String> lines, double seconds) {
        lines.add(Cells.left("VENUE", 7) + Cells.left("MARKET", 8) + Cells.left("SYMBOL", 11)
                + Cells.right("BID", 14) + Cells.right("ASK", 14) + Cells.right("LAST", 20)
                + Cells.right("DEPTH", 8) + Cells.right("MSG/S", 8) + Cells.right("P50", 8) + Cells.right("P99", 8)
                + "  STATE");
        for (MarketGroup group : board.markets()) {
            ComponentStatus status = group.status();
            LatencySummary latency = latency(status.metrics());
            for (MarketRow row : group.rows()) {
                MarketRow.RowView view = row.view();
                lines.add(marketLine(status, view, rate(row, view.events(), seconds), latency));
            }
        }
        lines.add("");
    }

    private static String marketLine(ComponentStatus s, MarketRow.RowView v, double rate, LatencySummary latency) {
        return Cells.left(s.venue().id(), 7) + Cells.left(Lower.of(s.market()), 8) + Cells.left(v.symbol(), 11)
                + Cells.right(v.bid(), 14) + Cells.right(v.ask(), 14) + Cells.right(v.last(), 20)
                + Cells.right(v.depth(), 8) + Cells.right(String.format("%.0f", rate), 8)
                + Cells.right(percentile(latency, true), 8) + Cells.right(percentile(latency, false), 8)
                + "  " + Lower.of(s.currentState());
    }

    private void accountSection(List<String> lines) {
        lines.add(Cells.left("ACCOUNT", 15) + Cells.left("STATE", 15) + Cells.right("ORDERS", 7)
                + Cells.right("FILLS", 7) + "  " + Cells.left("BALANCES", 50) + "  POSITIONS");
        for (AccountPanel panel : board.accounts()) {
            ComponentStatus s = panel.status();
            AccountPanel.PanelView v = panel.view();
            lines.add(Cells.left(s.venue().id(), 7) + Cells.left(Lower.of(s.market()), 8)
                    + Cells.left(Lower.of(s.currentState()), 15) + Cells.right(Integer.toString(v.openOrders()), 7)
                    + Cells.right(Long.toString(v.fills()), 7) + "  " + Cells.left(v.balances(), 50)
                    + "  " + v.positions());
        }
        lines.add("");
    }

    private void footer(List<String> lines) {
        List<ComponentStatus> all = statuses();
        long errors = all.stream().mapToLong(ComponentStatus::errors).sum();
        long gaps = all.stream().mapToLong(ComponentStatus::gaps).sum();
        lines.add("errors " + errors + "   gaps " + gaps);
        all.stream().map(ComponentStatus::lastError).filter(e -> e != null).findFirst()
                .ifPresent(e -> lines.add("last error: " + Cells.left(e, ERROR_WIDTH).stripTrailing()));
        List<String> activity = board.recentActivity();
        if (!activity.isEmpty()) {
            lines.add("");
            lines.add("recent activity:");
            activity.forEach(a -> lines.add("  " + a));
        }
    }

    private List<ComponentStatus> statuses() {
        List<ComponentStatus> all = new ArrayList<>();
        board.markets().forEach(g -> all.add(g.status()));
        board.accounts().forEach(p -> all.add(p.status()));
        return all;
    }

    private double rate(MarketRow row, long events, double seconds) {
        if (seconds > 0) {
            Long previous = lastEvents.put(row, events);
            rates.put(row, (events - (previous == null ? 0 : previous)) / seconds);
        }
        return rates.getOrDefault(row, 0.0);
    }

    private static LatencySummary latency(MetricsSnapshot metrics) {
        return metrics == null ? LatencySummary.EMPTY : metrics.receiveToHandled();
    }

    private static String percentile(LatencySummary latency, boolean median) {
        if (latency == null || latency.count() == 0) {
            return Cells.NONE;
        }
        return Cells.latency(median ? latency.p50() : latency.p99());
    }
}
