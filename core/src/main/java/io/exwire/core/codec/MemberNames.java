package io.exwire.core.codec;

import java.util.Arrays;
import java.util.HashSet;

/**
 * The member names one fast-path decoder knows, each identified by its index, and the order in which the venue
 * sends them, learned as it goes. {@link #read} first tries the name that followed the previous member last time as
 * a prepared {@link JsonLiteral} (word comparisons, no scan for the quote, colon included); when the venue's order
 * holds, which it does for a venue's serializer, every member name is recognised that way. Otherwise it reads the
 * name with {@link ByteCursor#key()} and looks it up, and remembers the new order.
 *
 * <p>Keeps learned state: one instance per decoder (per connection), not thread-safe, not shareable.
 */
public final class MemberNames {

    /** The longest name: {@link ByteCursor#keyWord()} and {@link ByteCursor#keyWord2()} hold 16 bytes. */
    private static final int MAX_NAME = 16;

    private final JsonLiteral[] literals;
    private final long[] firstWords;
    private final long[] secondWords;
    private final int[] lengths;
    /** {@code follows[previous + 1]}: the index that came after {@code previous} last time; -1 unknown. */
    private final int[] follows;

    /**
     * @param names the names, ASCII, at most 16 characters each, distinct; their indexes are their positions here
     * @throws IllegalArgumentException when a name is longer, not plain ASCII, or repeated
     */
    public MemberNames(String... names) {
        if (new HashSet<>(Arrays.asList(names)).size() != names.length) {
            throw new IllegalArgumentException("repeated member name in " + Arrays.toString(names));
        }
        int n = names.length;
        this.literals = new JsonLiteral[n];
        this.firstWords = new long[n];
        this.secondWords = new long[n];
        this.lengths = new int[n];
        this.follows = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (names[i].length() > MAX_NAME) {
                throw new IllegalArgumentException("member name longer than " + MAX_NAME + ": " + names[i]);
            }
            literals[i] = JsonLiteral.memberName(names[i]);
            firstWords[i] = ByteCursor.word(names[i], 0);
            secondWords[i] = ByteCursor.word(names[i], 8);
            lengths[i] = names[i].length();
        }
        // until learned, guess the order given
        for (int i = 0; i <= n; i++) {
            follows[i] = i < n ? i : -1;
        }
    }

    /**
     * Reads a member name and its colon, as {@link ByteCursor#key()} does, and identifies it.
     *
     * @param in positioned before a member name
     * @param previous the index of the last known member read in this object, or -1 at its start
     * @return the name's index, or -1 when it is not one of these names (skip its value; pass the same
     *         {@code previous} for the next member)
     */
    public int read(ByteCursor in, int previous) {
        int guess = follows[previous + 1];
        if (guess >= 0 && in.consume(literals[guess])) {
            return guess;
        }
        in.key();
        int found = indexOf(in.keyLength(), in.keyWord(), in.keyWord2());
        if (found >= 0) {
            follows[previous + 1] = found;
        }
        return found;
    }

    private int indexOf(int length, long first, long second) {
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] == length && firstWords[i] == first && secondWords[i] == second) {
                return i;
            }
        }
        return -1;
    }
}
