package io.exwire.api.connection;

/** Receives {@link StreamGap} events on the component's dispatcher thread. Must not block. */
@FunctionalInterface
public interface StreamGapHandler {

    /** A handler that ignores gaps. */
    StreamGapHandler NO_OP = gap -> { };

    /**
     * Reports a possible gap.
     *
     * @param gap the gap
     */
    void onStreamGap(StreamGap gap);
}
