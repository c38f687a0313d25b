package io.exwire.core.codec;

import java.util.Arrays;
import java.util.HashSet;

/**
 * The member names one fast-path decoder knows, each identified by its index, and the order in which the venue
 * sends them, learned as it goes. {@link #first} and {@link #next} walk an object: each first tries the name that
 * followed the previous member last time, with the brace or comma before it and the colon after it, as one prepared
 * {@link JsonLiteral} (word comparisons, no scan for the quote); when the venue's order holds, which it does for a
 * venue's serializer, every member is recognised that way. Otherwise they read the name with {@link ByteCursor#key()},
 * look it up and remember the new order.
 *
 * <p>Keeps learned state: one instance per decoder (per connection), not thread-safe, not shareable.
 */
public final class MemberNames {

    /** The longest name: {@link ByteCursor#keyWord()} and {@link ByteCursor#keyWord2()} hold 16 bytes. */
    private static final int MAX_NAME = 16;

    /** What {@link #first} and {@link #next} return at the end of the object ({@code '}'} consumed). */
    public static final int END = -2;
    /** What {@link #first} and {@link #next} return for a name that is none of these (skip its value). */
    public static final int UNKNOWN = -1;
    /** For {@link #resume}: no member of the object has been read yet. */
    public static final int NONE = -3;
    private static final JsonLiteral CLOSE = JsonLiteral.text("}");

    /** {@code {"name":}: the object's opening brace and its first member's name. */
    private final JsonLiteral[] opening;
    /** {@code ,"name":}: the comma before a member and its name. */
    private final JsonLiteral[] following;
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
        this.opening = new JsonLiteral[n];
        this.following = new JsonLiteral[n];
        this.firstWords = new long[n];
        this.secondWords = new long[n];
        this.lengths = new int[n];
        this.follows = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (names[i].length() > MAX_NAME) {
                throw new IllegalArgumentException("member name longer than " + MAX_NAME + ": " + names[i]);
            }
            opening[i] = JsonLiteral.firstMember(names[i]);
            following[i] = JsonLiteral.nextMember(names[i]);
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
     * Reads the start of an object and its first member's name and colon, and identifies the name. In the learned
     * order this is one comparison of {@code {"name":} as words.
     *
     * @param in positioned before an object
     * @return the name's index, {@link #UNKNOWN} (skip its value; then {@link #next} with -1), or {@link #END} for
     *         an empty object (consumed)
     * @throws ByteCursor.Miss when no object starts here
     */
    public int first(ByteCursor in) {
        int guess = follows[0];
        if (guess >= 0 && in.consume(opening[guess])) {
            return guess;
        }
        if (!in.objectStart()) {
            return END;
        }
        return identify(in, -1);
    }

    /**
     * After a member's value: reads the comma and the next member's name and colon and identifies the name, or
     * reads the object's closing brace. In the learned order this is one comparison of {@code ,"name":} (or of
     * {@code '}'}) as words: the separator and the name are checked together.
     *
     * @param in positioned after a member's value
     * @param previous the index of the last known member read in this object, or -1 when none was known
     * @return the name's index, {@link #UNKNOWN} (skip its value; pass the same {@code previous} next time), or
     *         {@link #END} at the end of the object (consumed)
     * @throws ByteCursor.Miss when neither a comma nor {@code '}'} follows
     */
    public int next(ByteCursor in, int previous) {
        int guess = follows[previous + 1];
        if (guess >= 0) {
            if (in.consume(following[guess])) {
                return guess;
            }
        } else if (guess == END && in.consume(CLOSE)) {
            return END;
        }
        if (!in.more('}')) {
            follows[previous + 1] = END;
            return END;
        }
        return identify(in, previous);
    }

    /**
     * Continues an object whose first members a decoder read itself in the venue's usual order (straight-line code
     * comparing {@link JsonLiteral#firstMember} / {@link JsonLiteral#nextMember} literals): {@link #first} when it
     * read none of them, else {@link #next}.
     *
     * @param in positioned at the object, or after the value of member {@code last}
     * @param last the index of the last member the decoder read, or {@link #NONE}
     * @return as {@link #first} / {@link #next}
     */
    public int resume(ByteCursor in, int last) {
        return last == NONE ? first(in) : next(in, last);
    }

    private int identify(ByteCursor in, int previous) {
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
