package io.exwire.testkit.mexc;

import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.BookDelta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The most recent single-version depth commits per contract, for the futures {@code depth_commits} endpoint and for
 * pushes with {@code compress:false}: each version of a book delta carries one changed level (or none). Thread-safe.
 */
final class DepthCommits {

    /**
     * One version's change.
     *
     * @param version the version
     * @param bids the changed bid (zero or one)
     * @param asks the changed ask (zero or one)
     */
    record Commit(long version, List<PriceLevel> bids, List<PriceLevel> asks) {
    }

    static final int KEPT = 1000;

    private final Map<Symbol, Deque<Commit>> recent = new ConcurrentHashMap<>();

    /**
     * Splits a delta into one commit per version: its bids, then its asks, one level per version; versions beyond
     * the changed levels carry no level.
     *
     * @param delta the delta
     * @return the commits, ascending
     */
    static List<Commit> split(BookDelta delta) {
        List<PriceLevel> bids = delta.bids();
        List<PriceLevel> asks = delta.asks();
        List<Commit> out = new ArrayList<>();
        int i = 0;
        for (long v = delta.firstUpdateId(); v <= delta.lastUpdateId(); v++, i++) {
            List<PriceLevel> bid = i < bids.size() ? List.of(bids.get(i)) : List.of();
            int a = i - bids.size();
            List<PriceLevel> ask = a >= 0 && a < asks.size() ? List.of(asks.get(a)) : List.of();
            out.add(new Commit(v, bid, ask));
        }
        return out;
    }

    void record(BookDelta delta) {
        Deque<Commit> commits = recent.computeIfAbsent(delta.symbol(), s -> new ArrayDeque<>());
        synchronized (commits) {
            for (Commit commit : split(delta)) {
                commits.addLast(commit);
                if (commits.size() > KEPT) {
                    commits.removeFirst();
                }
            }
        }
    }

    /**
     * @param symbol a contract
     * @param limit how many
     * @return the latest commits, ascending by version
     */
    List<Commit> latest(Symbol symbol, int limit) {
        Deque<Commit> commits = recent.get(symbol);
        if (commits == null) {
            return List.of();
        }
        synchronized (commits) {
            List<Commit> all = new ArrayList<>(commits);
            return all.subList(Math.max(0, all.size() - limit), all.size());
        }
    }
}
