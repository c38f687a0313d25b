package io.exwire.archfixtures.bad.core.cyclea;

import io.exwire.archfixtures.bad.core.cycleb.B;

/** Breaks noPackageCycles together with core.cycleb.B. */
public final class A {
    private B b;

    /** @param b b */
    public void link(B b) {
        this.b = b;
    }
}
