package io.exwire.core.subscription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Requests awaiting the venue's answer, correlated by request id, each with a deadline. Owned by one dispatch lane;
 * not thread-safe.
 *
 * @param <T> what is remembered about a request
 */
public final class PendingRequests<T> {

    private record Entry<T>(T request, long deadlineMillis) {
    }

    private final Map<Integer, Entry<T>> byId = new HashMap<>();

    /**
     * @param id the request id
     * @param request what to remember
     * @param deadlineMillis when to give up
     */
    public void add(int id, T request, long deadlineMillis) {
        byId.put(id, new Entry<>(request, deadlineMillis));
    }

    /**
     * @param id a request id
     * @return the request, removed, or null if unknown (late or foreign answer)
     */
    public T remove(int id) {
        Entry<T> e = byId.remove(id);
        return e == null ? null : e.request;
    }

    /**
     * Removes and returns requests past their deadline.
     *
     * @param nowMillis now
     * @return the expired requests
     */
    public List<T> expire(long nowMillis) {
        List<T> out = new ArrayList<>();
        for (Iterator<Entry<T>> it = byId.values().iterator(); it.hasNext(); ) {
            Entry<T> e = it.next();
            if (e.deadlineMillis <= nowMillis) {
                out.add(e.request);
                it.remove();
            }
        }
        return out;
    }

    /**
     * Removes and returns the requests matching a predicate (e.g. of a lost connection).
     *
     * @param which the predicate
     * @return the removed requests
     */
    public List<T> removeIf(Predicate<T> which) {
        List<T> out = new ArrayList<>();
        for (Iterator<Entry<T>> it = byId.values().iterator(); it.hasNext(); ) {
            Entry<T> e = it.next();
            if (which.test(e.request)) {
                out.add(e.request);
                it.remove();
            }
        }
        return out;
    }

    /**
     * @param which a predicate
     * @return whether any pending request matches
     */
    public boolean any(Predicate<T> which) {
        for (Entry<T> e : byId.values()) {
            if (which.test(e.request)) {
                return true;
            }
        }
        return false;
    }

    /** @return number of pending requests */
    public int size() {
        return byId.size();
    }
}
