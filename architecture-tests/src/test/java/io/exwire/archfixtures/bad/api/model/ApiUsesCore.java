package io.exwire.archfixtures.bad.api.model;

import io.exwire.archfixtures.bad.core.codec.Cursor;

/** Breaks apiDependsOnlyOnJdk: the api reaches core. */
public final class ApiUsesCore {
    private final Cursor cursor = new Cursor();

    /** @return a position */
    public int position() {
        return cursor.position();
    }
}
