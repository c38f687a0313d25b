package io.exwire.core.marketdata;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.marketdata.SubscriptionResult;
import io.exwire.api.model.Symbol;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The outcome of one {@code initialize}/{@code subscribe}/{@code unsubscribe} call: each symbol waits for an answer
 * to each of its channel requests; the future completes when every symbol has one. Lane-confined.
 */
final class SubscriptionBatch {

    private final Map<Symbol, Integer> outstanding = new HashMap<>();
    private final Set<Symbol> accepted = new LinkedHashSet<>();
    private final Map<Symbol, ExwireException> rejected = new HashMap<>();
    private final CompletableFuture<SubscriptionResult> future = new CompletableFuture<>();

    CompletableFuture<SubscriptionResult> future() {
        return future;
    }

    void expect(Symbol symbol, int answers) {
        outstanding.merge(symbol, answers, Integer::sum);
    }

    void accepted(Symbol symbol) {
        Integer left = outstanding.computeIfPresent(symbol, (s, n) -> n - 1);
        if (left != null && left == 0) {
            outstanding.remove(symbol);
            if (!rejected.containsKey(symbol)) {
                accepted.add(symbol);
            }
        }
        completeIfDone();
    }

    void rejected(Symbol symbol, ExwireException error) {
        rejected.putIfAbsent(symbol, error);
        accepted.remove(symbol);
        Integer left = outstanding.computeIfPresent(symbol, (s, n) -> n - 1);
        if (left != null && left == 0) {
            outstanding.remove(symbol);
        }
        completeIfDone();
    }

    void failAll(ExwireException error) {
        for (Symbol s : new HashSet<>(outstanding.keySet())) {
            rejected.putIfAbsent(s, error);
        }
        outstanding.clear();
        completeIfDone();
    }

    void completeIfDone() {
        if (outstanding.isEmpty() && !future.isDone()) {
            future.complete(new SubscriptionResult(accepted, rejected));
        }
    }
}
