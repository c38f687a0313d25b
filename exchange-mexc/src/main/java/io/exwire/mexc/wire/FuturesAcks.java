package io.exwire.mexc.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The requests of one MEXC futures connection that await their answer. The venue's answers carry no request id
 * ({@code {"channel":"rs.sub.deal","data":"success"}}) and no symbol, so each request is filed under the channel of
 * the answer it expects and an answer is mapped to the oldest request filed there. {@code rs.error} names no channel
 * at all; it is matched by the tag it names (e.g. the contract in {@code Contract [X] not exists}) or goes to the
 * oldest request overall. A request the venue never answered (core gave up on it after its request timeout) is
 * dropped once that timeout has passed, so it cannot swallow the answer meant for a later request of the same
 * channel. Thread-safe: filed under the write lock, taken on the dispatch lane.
 *
 * @param <T> what the owner attaches to each request (e.g. its symbol)
 */
public final class FuturesAcks<T> {

    private final List<Pending<T>> pending = new ArrayList<>();
    private final long timeoutMillis;

    /** @param timeoutMillis how long a request may await its answer (core's request timeout) */
    public FuturesAcks(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * One request awaiting its answer.
     *
     * @param id the core request id
     * @param answerChannel the channel of the expected answer, e.g. {@code rs.sub.deal}
     * @param tag the owner's tag
     * @param sentMillis when it was sent
     * @param <T> the tag type
     */
    public record Pending<T>(int id, String answerChannel, T tag, long sentMillis) {
    }

    /**
     * Files a request before it is sent.
     *
     * @param answerChannel the channel of the expected answer
     * @param id the request id
     * @param tag the owner's tag
     * @param nowMillis the current time
     */
    public synchronized void register(String answerChannel, int id, T tag, long nowMillis) {
        pending.add(new Pending<>(id, answerChannel, tag, nowMillis));
    }

    /**
     * @param answerChannel the channel of an answer that arrived
     * @param nowMillis the current time
     * @return the oldest live request expecting it, removed, or null
     */
    public synchronized Pending<T> take(String answerChannel, long nowMillis) {
        expire(nowMillis);
        return takeFirst(p -> p.answerChannel.equals(answerChannel));
    }

    /**
     * @param tagMatches a test on tags
     * @param nowMillis the current time
     * @return the oldest live request whose tag matches, removed, or null
     */
    public synchronized Pending<T> takeMatching(Predicate<T> tagMatches, long nowMillis) {
        expire(nowMillis);
        return takeFirst(p -> tagMatches.test(p.tag));
    }

    /**
     * @param nowMillis the current time
     * @return the oldest live request, removed, or null
     */
    public synchronized Pending<T> takeOldest(long nowMillis) {
        expire(nowMillis);
        return pending.isEmpty() ? null : pending.remove(0);
    }

    private void expire(long nowMillis) {
        pending.removeIf(p -> nowMillis - p.sentMillis > timeoutMillis);
    }

    /** @return how many requests await an answer */
    public synchronized int size() {
        return pending.size();
    }

    /** Forgets every request (the connection is gone). */
    public synchronized void clear() {
        pending.clear();
    }

    private Pending<T> takeFirst(Predicate<Pending<T>> test) {
        for (int i = 0; i < pending.size(); i++) {
            if (test.test(pending.get(i))) {
                return pending.remove(i);
            }
        }
        return null;
    }
}
