package io.exwire.archfixtures.bad.spi;

import io.exwire.archfixtures.bad.core.codec.Cursor;

/** Breaks spiDependsOnlyOnApiAndJdk: the spi reaches core. */
public interface SpiUsesCore {
    /** @return a cursor */
    Cursor cursor();
}
