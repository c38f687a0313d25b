package io.exwire.archfixtures.bad.core.cycleb;

import io.exwire.archfixtures.bad.core.cyclea.A;

/** Breaks noPackageCycles together with core.cyclea.A. */
public final class B {
    private A a;

    /** @param a a */
    public void link(A a) {
        this.a = a;
    }
}
