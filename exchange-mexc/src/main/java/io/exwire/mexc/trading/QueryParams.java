package io.exwire.mexc.trading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An ordered list of request parameters rendered as {@code key=value&...} with values URL-encoded (spaces as
 * {@code %20}, upper-case hex), which is exactly the string both MEXC APIs sign. Spot keeps insertion order; futures
 * signs GET/DELETE parameters in dictionary order ({@link #sorted()}). Null values are left out (the futures
 * documentation: a null parameter does not take part in the signature). Not thread-safe.
 */
final class QueryParams {

    private final List<String[]> entries = new ArrayList<>();

    /**
     * @param key the name
     * @param value the value, or null to leave the parameter out
     * @return this
     */
    QueryParams add(String key, Object value) {
        if (value != null) {
            entries.add(new String[]{key, value.toString()});
        }
        return this;
    }

    /** @return a copy in dictionary order of the keys */
    QueryParams sorted() {
        QueryParams copy = new QueryParams();
        copy.entries.addAll(entries);
        copy.entries.sort(Comparator.comparing((String[] e) -> e[0]));
        return copy;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** @return {@code k1=v1&k2=v2}, URL-encoded */
    String render() {
        StringBuilder sb = new StringBuilder(64);
        for (String[] e : entries) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(e[0]).append('=').append(encode(e[1]));
        }
        return sb.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
