package io.exwire.archfixtures.bad.core.dispatch;

import java.util.List;

/** Breaks hotPathHasNoStreams: dispatches through a stream pipeline. */
public final class StreamingLane {
    /**
     * @param frames frames
     * @return total length
     */
    public int total(List<String> frames) {
        return frames.stream().mapToInt(String::length).sum();
    }
}
