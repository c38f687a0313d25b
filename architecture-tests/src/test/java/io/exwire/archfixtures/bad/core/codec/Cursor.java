package io.exwire.archfixtures.bad.core.codec;

/** Correct neutral codec class. */
public final class Cursor {
    /** @return a position */
    public int position() {
        return 0;
    }
}
