package io.exwire.gateio.wire;

import io.exwire.core.codec.JsonCursor;

/**
 * Walks a {@code result} that Gate.io documents as an object or as an array of objects, accepting either shape
 * everywhere ({@code futures.public_liquidates} is documented as an array but sent as an object).
 */
public final class Results {

    /** Decodes one object of a result. */
    @FunctionalInterface
    public interface Item {

        /**
         * @param cursor positioned on an object; the decoder consumes it entirely
         */
        void object(JsonCursor cursor);
    }

    private Results() {
    }

    /**
     * Calls {@code item} for the result object, or for each object of the result array; other values are skipped.
     *
     * @param cursor positioned on the result
     * @param item the decoder
     * @return the number of objects decoded
     */
    public static int forEachObject(JsonCursor cursor, Item item) {
        JsonCursor.Type type = cursor.peek();
        if (type == JsonCursor.Type.OBJECT) {
            item.object(cursor);
            return 1;
        }
        if (type != JsonCursor.Type.ARRAY) {
            cursor.skipValue();
            return 0;
        }
        int n = 0;
        cursor.beginArray();
        while (cursor.nextElement()) {
            if (cursor.peek() == JsonCursor.Type.OBJECT) {
                item.object(cursor);
                n++;
            } else {
                cursor.skipValue();
            }
        }
        return n;
    }
}
