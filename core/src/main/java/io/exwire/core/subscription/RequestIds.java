package io.exwire.core.subscription;

import java.util.concurrent.atomic.AtomicInteger;

/** Positive 32-bit request ids, wrapping back to 1. Thread-safe. */
public final class RequestIds {

    private final AtomicInteger next = new AtomicInteger();

    /** @return the next id, 1 to {@link Integer#MAX_VALUE} */
    public int next() {
        return next.updateAndGet(v -> v == Integer.MAX_VALUE ? 1 : v + 1);
    }
}
