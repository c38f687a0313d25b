package io.exwire.mexc.wire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SUBSCRIPTION/UNSUBSCRIPTION requests of one MEXC spot connection that await their answer, and the rule that
 * turns an answer into an outcome (pitfall #1 of the protocol notes: a refusal comes back with {@code code 0}).
 *
 * <p>A request is accepted only if the answer's {@code msg}, split on {@code ,}, equals the requested params as a
 * set (optionally wrapped as {@code Subscribed successful! [..]}). {@code Not Subscribed successfully! [..]} names
 * refused params, matched tolerantly (spacing and the full-width colon before {@code Reason} vary); a non-zero
 * {@code code} or an echo that differs from the request refuses the whole request. The answer is matched to its
 * request by the echoed id, else (id 0) by the params it names, else to the oldest pending request. Requests older
 * than the request timeout (core has given up on them) are forgotten before matching.
 *
 * <p>Thread-safe: requests are registered under the connection's write lock and resolved on its dispatch lane.
 *
 * @param <T> what the owner attaches to each param (e.g. the symbol it subscribes)
 */
public final class SpotRequests<T> {

    private static final Pattern REFUSED = Pattern.compile("Not Subscribed successfully!\\s*\\[(.*?)]");
    private static final Pattern SUBSCRIBED = Pattern.compile("(?<!Not )Subscribed successful!\\s*\\[(.*?)]");
    private static final Pattern REASON = Pattern.compile("Reason\\s*[:\uFF1A]\\s*(.*?)\\s*$");

    private final List<Pending<T>> pending = new ArrayList<>();
    private final long timeoutMillis;

    /** @param timeoutMillis how long a request may await its answer (core's request timeout) */
    public SpotRequests(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * One request awaiting its answer.
     *
     * @param id the request id sent
     * @param params the channel strings requested, in order
     * @param tags what the owner attached to each param, same order
     * @param sentMillis when it was sent
     * @param <T> the tag type
     */
    public record Pending<T>(int id, List<String> params, List<T> tags, long sentMillis) {
    }

    /**
     * The answer to one request.
     *
     * @param requestId the request it answers
     * @param refused the tags of the refused params; empty when everything was accepted
     * @param wholeRequest whether the whole request was refused (non-zero code or an echo that does not match)
     * @param reason the venue's reason, e.g. {@code Blocked!}, or a description of the mismatch
     * @param venueCode the venue's code as text
     * @param <T> the tag type
     */
    public record Outcome<T>(int requestId, List<T> refused, boolean wholeRequest, String reason, String venueCode) {

        /** @return whether every param was accepted */
        public boolean accepted() {
            return refused.isEmpty();
        }
    }

    /**
     * Registers a request before it is sent.
     *
     * @param id the request id
     * @param params the channel strings
     * @param tags one tag per param
     * @param nowMillis the current time
     */
    public synchronized void register(int id, List<String> params, List<T> tags, long nowMillis) {
        if (params.size() != tags.size()) {
            throw new IllegalArgumentException("one tag per param expected");
        }
        pending.add(new Pending<>(id, List.copyOf(params), List.copyOf(tags), nowMillis));
    }

    /** Forgets every pending request (the connection is gone). */
    public synchronized void clear() {
        pending.clear();
    }

    /** @return how many requests await an answer */
    public synchronized int pendingCount() {
        return pending.size();
    }

    /**
     * Resolves an answer against the pending requests and removes the request it answers.
     *
     * @param id the echoed id
     * @param code the venue code
     * @param msg the message
     * @param nowMillis the current time
     * @return the outcome, or null when no request is pending
     */
    public synchronized Outcome<T> resolve(int id, int code, String msg, long nowMillis) {
        pending.removeIf(p -> nowMillis - p.sentMillis > timeoutMillis);
        List<String> refusedParams = bracketed(REFUSED, msg);
        List<String> echoed = refusedParams.isEmpty() && !msg.contains("Subscribed successful!")
                ? split(msg) : bracketed(SUBSCRIBED, msg);
        Pending<T> request = find(id, refusedParams.isEmpty() ? echoed : refusedParams);
        if (request == null) {
            return null;
        }
        pending.remove(request);
        String venueCode = Integer.toString(code);
        if (code != 0) {
            return new Outcome<>(request.id, request.tags, true, msg, venueCode);
        }
        if (!refusedParams.isEmpty()) {
            return refusal(request, refusedParams, reason(msg), venueCode);
        }
        if (!new HashSet<>(echoed).equals(new HashSet<>(request.params))) {
            return new Outcome<>(request.id, request.tags, true, "answer does not echo the request: " + msg, venueCode);
        }
        return new Outcome<>(request.id, List.of(), false, "", venueCode);
    }

    private Outcome<T> refusal(Pending<T> request, List<String> refusedParams, String reason, String venueCode) {
        List<T> tags = new ArrayList<>();
        for (int i = 0; i < request.params.size(); i++) {
            if (refusedParams.contains(request.params.get(i))) {
                tags.add(request.tags.get(i));
            }
        }
        boolean whole = tags.isEmpty() || tags.size() == request.tags.size();
        return new Outcome<>(request.id, whole ? request.tags : tags, whole, reason, venueCode);
    }

    private Pending<T> find(int id, List<String> named) {
        if (pending.isEmpty()) {
            return null;
        }
        for (Pending<T> p : pending) {
            if (id != 0 && p.id == id) {
                return p;
            }
        }
        Set<String> names = new HashSet<>(named);
        for (Pending<T> p : pending) {
            for (String param : p.params) {
                if (names.contains(param)) {
                    return p;
                }
            }
        }
        return pending.get(0);
    }

    private static List<String> bracketed(Pattern pattern, String msg) {
        Matcher m = pattern.matcher(msg);
        return m.find() ? split(m.group(1)) : List.of();
    }

    private static String reason(String msg) {
        Matcher m = REASON.matcher(msg);
        return m.find() ? m.group(1) : msg.trim();
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
