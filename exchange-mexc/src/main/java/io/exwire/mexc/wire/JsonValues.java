package io.exwire.mexc.wire;

import io.exwire.core.codec.JsonCursor;

/** Small reads on core's {@link JsonCursor} that MEXC's JSON needs. Stateless. */
public final class JsonValues {

    private JsonValues() {
    }

    /**
     * Reads a whole number, bare or quoted, that may be JSON {@code null}.
     *
     * @param cur the cursor, on the value
     * @param absent the result for {@code null}
     * @return the value
     */
    public static long optionalLong(JsonCursor cur, long absent) {
        return cur.readNullIfPresent() ? absent : cur.readLong();
    }
}
