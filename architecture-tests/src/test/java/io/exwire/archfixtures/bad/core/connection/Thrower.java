package io.exwire.archfixtures.bad.core.connection;

/** Breaks noGenericExceptions: throws bare RuntimeException and Exception. */
public final class Thrower {
    /** @param reason reason */
    public void fail(String reason) {
        throw new RuntimeException(reason);
    }

    /**
     * @param reason reason
     * @throws Exception always
     */
    public void failChecked(String reason) throws Exception {
        throw new Exception(reason);
    }
}
