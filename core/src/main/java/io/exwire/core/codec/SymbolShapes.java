package io.exwire.core.codec;

import java.util.Arrays;

/**
 * The {@link ByteCursor.Shape}s of one fast-path decoder, per symbol: a venue formats one instrument's prices (and
 * often sizes) at a fixed tick, but a connection interleaves many instruments with different ticks, so a guess kept
 * per call site would be wrong whenever the instrument changes. Indexed by {@link SymbolTable#lookupSlot} slots;
 * slot -1 (the symbol is not known yet, e.g. a member that comes before the symbol) has a set of its own.
 * Allocation-free once every slot has been seen; not thread-safe: one instance per decoder.
 */
public final class SymbolShapes {

    private final int fields;
    private ByteCursor.Shape[] shapes = new ByteCursor.Shape[0];

    /**
     * @param fields the shapes per symbol (e.g. bid price, bid size, ask price, ask size: 4)
     */
    public SymbolShapes(int fields) {
        this.fields = fields;
    }

    /**
     * @param slot the symbol's slot, or -1 for the shared set
     * @param field 0 to {@code fields - 1}
     * @return that shape, created on first use
     */
    public ByteCursor.Shape shape(int slot, int field) {
        int i = (slot + 1) * fields + field;
        ByteCursor.Shape[] s = shapes;
        if (i >= s.length) {
            s = grow(i);
        }
        return s[i];
    }

    private ByteCursor.Shape[] grow(int index) {
        int size = Math.max(index + 1, shapes.length * 2);
        ByteCursor.Shape[] grown = Arrays.copyOf(shapes, size);
        for (int i = shapes.length; i < size; i++) {
            grown[i] = new ByteCursor.Shape();
        }
        shapes = grown;
        return grown;
    }
}
