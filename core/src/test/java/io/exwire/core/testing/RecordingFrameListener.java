package io.exwire.core.testing;

import io.exwire.core.transport.FrameListener;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every callback of a websocket connection with the thread it ran on. */
public final class RecordingFrameListener implements FrameListener {

    /**
     * One callback.
     *
     * @param kind text, binary or closed
     * @param text the text, the binary as ISO-8859-1 text, or the close reason
     * @param code the close code, or 0
     * @param error the close error, or null
     * @param thread the thread it ran on
     */
    public record Event(String kind, String text, int code, Throwable error, Thread thread) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void onText(String text, long receiveNanos) {
        events.add(new Event("text", text, 0, null, Thread.currentThread()));
    }

    @Override
    public void onBinary(ByteBuffer data, long receiveNanos) {
        byte[] copy = new byte[data.remaining()];
        data.get(copy);
        events.add(new Event("binary", new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1), 0, null,
                Thread.currentThread()));
    }

    @Override
    public void onClosed(int code, String reason, Throwable error) {
        events.add(new Event("closed", reason, code, error, Thread.currentThread()));
    }

    /** @return every callback so far */
    public List<Event> events() {
        return events;
    }

    /** @return the texts received */
    public List<String> texts() {
        return events.stream().filter(e -> e.kind().equals("text")).map(Event::text).toList();
    }

    /** @return the close callbacks */
    public List<Event> closes() {
        return events.stream().filter(e -> e.kind().equals("closed")).toList();
    }
}
