package io.exwire.core.codec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class SymbolShapesTest {

    @Test
    @DisplayName("each (slot, field) has its own shape, the same one every time; slot -1 has a set of its own")
    void shapesPerSlot() {
        SymbolShapes shapes = new SymbolShapes(2);
        ByteCursor.Shape shared = shapes.shape(-1, 0);
        ByteCursor.Shape far = shapes.shape(40, 1);
        assertThat(shapes.shape(-1, 0)).isSameAs(shared);
        assertThat(shapes.shape(40, 1)).isSameAs(far).isNotSameAs(shapes.shape(40, 0));
        assertThat(shapes.shape(0, 0)).isNotSameAs(shared).isSameAs(shapes.shape(0, 0));
        assertThat(shapes.shape(-1, 1)).isNotSameAs(shared);
    }

    @Test
    @DisplayName("a shape remembers its own symbol's format: interleaved instruments keep their guesses")
    void interleavedSymbolsKeepTheirGuesses() {
        SymbolShapes shapes = new SymbolShapes(1);
        ByteCursor in = new ByteCursor();
        String[] prices = {"\"60123.45\"", "\"0.12345\""};
        for (int i = 0; i < 10; i++) {
            int slot = i & 1;
            in.load("[" + prices[slot] + "]");
            in.arrayStart();
            in.decimal(shapes.shape(slot, 0));
            assertThat(in.mantissa()).isEqualTo(slot == 0 ? 6_012_345L : 12_345L);
            assertThat(in.scale()).isEqualTo(slot == 0 ? 2 : 5);
        }
    }
}
