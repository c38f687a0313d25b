package io.exwire.archfixtures.bad.core.rest;

/** Correct: String.format outside the hot path is allowed (hotPathHasNoStringFormatting must not report it). */
public final class RestFormatting {
    /**
     * @param status status
     * @return a message
     */
    public String message(int status) {
        return String.format("HTTP %d", status);
    }
}
