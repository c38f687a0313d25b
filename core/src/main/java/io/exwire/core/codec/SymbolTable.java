package io.exwire.core.codec;

import io.exwire.api.model.Symbol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Maps a venue's spelling of a symbol ({@code BTC_USDT}, {@code BTCUSDT}) to the venue-neutral {@link Symbol}
 * straight from the frame's characters or bytes, without allocating. Copy-on-write: {@link #put} and
 * {@link #remove} (rare, control path) publish a new table; lookups (hot path, any thread) read the current one.
 */
public final class SymbolTable {

    private volatile Entry[] table = new Entry[64];

    private record Entry(String venue, Symbol symbol) {
    }

    /**
     * Adds or replaces a mapping.
     *
     * @param venueSymbol the venue's spelling (ASCII)
     * @param symbol the neutral symbol
     */
    public synchronized void put(String venueSymbol, Symbol symbol) {
        Entry[] copy = Arrays.copyOf(table, table.length);
        if (count(copy) * 2 >= copy.length) {
            copy = rehash(copy, copy.length * 2);
        }
        insert(copy, new Entry(venueSymbol, symbol));
        table = copy;
    }

    /**
     * Removes a mapping.
     *
     * @param venueSymbol the venue's spelling
     */
    public synchronized void remove(String venueSymbol) {
        Entry[] copy = new Entry[table.length];
        for (Entry e : table) {
            if (e != null && !e.venue.equals(venueSymbol)) {
                insert(copy, e);
            }
        }
        table = copy;
    }

    /**
     * Looks up {@code text[start, end)}.
     *
     * @param text the frame
     * @param start first index
     * @param end index after the last
     * @return the symbol, or null when not mapped
     */
    public Symbol lookup(CharSequence text, int start, int end) {
        Entry[] t = table;
        int mask = t.length - 1;
        int h = hash(text, start, end) & mask;
        while (true) {
            Entry e = t[h];
            if (e == null) {
                return null;
            }
            if (matches(e.venue, text, start, end)) {
                return e.symbol;
            }
            h = (h + 1) & mask;
        }
    }

    /**
     * Looks up ASCII bytes {@code bytes[offset, offset + length)}.
     *
     * @param bytes the frame
     * @param offset first index
     * @param length number of bytes
     * @return the symbol, or null when not mapped
     */
    public Symbol lookup(byte[] bytes, int offset, int length) {
        Entry[] t = table;
        int mask = t.length - 1;
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + bytes[i];
        }
        h = mix(h) & mask;
        while (true) {
            Entry e = t[h];
            if (e == null) {
                return null;
            }
            if (matches(e.venue, bytes, offset, length)) {
                return e.symbol;
            }
            h = (h + 1) & mask;
        }
    }

    /**
     * @param venueSymbol the venue's spelling
     * @return the symbol, or null
     */
    public Symbol lookup(String venueSymbol) {
        return lookup(venueSymbol, 0, venueSymbol.length());
    }

    private static boolean matches(String venue, CharSequence text, int start, int end) {
        int len = end - start;
        if (venue.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (venue.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String venue, byte[] bytes, int offset, int length) {
        if (venue.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (venue.charAt(i) != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static int count(Entry[] t) {
        int n = 0;
        for (Entry e : t) {
            if (e != null) {
                n++;
            }
        }
        return n;
    }

    private static Entry[] rehash(Entry[] old, int size) {
        Entry[] t = new Entry[size];
        for (Entry e : old) {
            if (e != null) {
                insert(t, e);
            }
        }
        return t;
    }

    private static void insert(Entry[] t, Entry entry) {
        int mask = t.length - 1;
        byte[] b = entry.venue.getBytes(StandardCharsets.US_ASCII);
        int h = 0;
        for (byte x : b) {
            h = 31 * h + x;
        }
        h = mix(h) & mask;
        while (t[h] != null && !t[h].venue.equals(entry.venue)) {
            h = (h + 1) & mask;
        }
        t[h] = entry;
    }
}
