package io.exwire.core.codec;

import io.exwire.api.model.Symbol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps a venue's spelling of a symbol ({@code BTC_USDT}, {@code BTCUSDT}) to the venue-neutral {@link Symbol}
 * straight from the frame's characters or bytes, without allocating. Copy-on-write: {@link #put} and
 * {@link #remove} (rare, control path) publish a new table; lookups (hot path, any thread) read the current one.
 *
 * <p>Every spelling ever put also has a <em>slot</em>: a small dense number, stable for the table's life (a removed
 * and re-added spelling gets its old slot back), so a decoder can keep per-symbol state in a plain array indexed by
 * {@link #lookupSlot} instead of a map.
 */
public final class SymbolTable {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private volatile Entry[] table = new Entry[64];
    /** Symbols by slot; published before the table that maps to them. */
    private volatile Symbol[] bySlot = new Symbol[0];
    /** Guarded by {@code this}. */
    private final Map<String, Integer> slots = new HashMap<>();

    /** A spelling, its bytes, and its first sixteen bytes as the two words the hash packs (what a lookup compares). */
    private record Entry(String venue, byte[] ascii, long w1, long w2, Symbol symbol, int slot) {
        static Entry of(String venue, Symbol symbol, int slot) {
            byte[] ascii = venue.getBytes(StandardCharsets.ISO_8859_1);
            return new Entry(venue, ascii, byteWord(ascii, 0, ascii.length, 0), byteWord(ascii, 0, ascii.length, 8),
                    symbol, slot);
        }

        /** Whether the token whose first sixteen bytes are {@code v1}, {@code v2} is this spelling. */
        boolean matches(long v1, long v2, byte[] bytes, int offset, int length) {
            return ascii.length == length && w1 == v1 && w2 == v2
                    && (length <= 16 || Arrays.equals(ascii, 16, length, bytes, offset + 16, offset + length));
        }
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
        int slot = slots.computeIfAbsent(venueSymbol, v -> slots.size());
        Symbol[] symbols = Arrays.copyOf(bySlot, Math.max(bySlot.length, slot + 1));
        symbols[slot] = symbol;
        bySlot = symbols;
        insert(copy, Entry.of(venueSymbol, symbol, slot));
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
        int length = end - start;
        Entry[] t = table;
        int mask = t.length - 1;
        int h = hash(charWord(text, start, end, 0), charWord(text, start, end, 8), length) & mask;
        while (true) {
            Entry e = t[h];
            if (e == null) {
                return null;
            }
            if (matches(e.venue, text, start, length)) {
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
        Entry e = find(bytes, offset, length);
        return e == null ? null : e.symbol;
    }

    /**
     * Looks up ASCII bytes as {@link #lookup(byte[], int, int)} does, answering the spelling's slot.
     *
     * @param bytes the frame
     * @param offset first index
     * @param length number of bytes
     * @return the slot ({@link #symbolAt} gives the symbol), or -1 when not mapped
     */
    public int lookupSlot(byte[] bytes, int offset, int length) {
        Entry e = find(bytes, offset, length);
        return e == null ? -1 : e.slot;
    }

    /**
     * @param slot a slot {@link #lookupSlot} answered
     * @return the symbol last put for that slot's spelling
     */
    public Symbol symbolAt(int slot) {
        return bySlot[slot];
    }

    private Entry find(byte[] bytes, int offset, int length) {
        Entry[] t = table;
        int mask = t.length - 1;
        long w1 = byteWord(bytes, offset, length, 0);
        long w2 = byteWord(bytes, offset, length, 8);
        int h = hash(w1, w2, length) & mask;
        while (true) {
            Entry e = t[h];
            if (e == null) {
                return null;
            }
            if (e.matches(w1, w2, bytes, offset, length)) {
                return e;
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

    private static boolean matches(String venue, CharSequence text, int start, int length) {
        if (venue.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (venue.charAt(i) != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hash of a spelling: its length and its first sixteen characters packed into two words, mixed by
     * multiplication; the table index takes high bits of the product, which depend on every packed bit.
     */
    private static int hash(long w1, long w2, int length) {
        return (int) ((w1 * 0x9E3779B97F4A7C15L + w2 * 0xC2B2AE3D27D4EB4FL + length * 0x165667B19E3779F9L) >>> 32);
    }

    /** Up to eight bytes from {@code from} of the token, little-endian: one load when the array has room. */
    private static long byteWord(byte[] bytes, int offset, int length, int from) {
        int n = Math.min(length - from, 8);
        if (n <= 0) {
            return 0;
        }
        int at = offset + from;
        if (at + 8 <= bytes.length) {
            long w = (long) LONGS.get(bytes, at);
            return n == 8 ? w : w & ((1L << (n << 3)) - 1);
        }
        long w = 0;
        for (int i = n - 1; i >= 0; i--) {
            w = (w << 8) | (bytes[at + i] & 0xFF);
        }
        return w;
    }

    private static long charWord(CharSequence text, int start, int end, int from) {
        long w = 0;
        for (int i = Math.min(end, start + from + 8) - 1; i >= start + from; i--) {
            w = (w << 8) | (text.charAt(i) & 0xFF);
        }
        return w;
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
        int h = hash(entry.w1, entry.w2, entry.ascii.length) & mask;
        while (t[h] != null && !t[h].venue.equals(entry.venue)) {
            h = (h + 1) & mask;
        }
        t[h] = entry;
    }
}
