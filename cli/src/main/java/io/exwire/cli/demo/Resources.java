package io.exwire.cli.demo;

import java.util.ArrayDeque;
import java.util.Deque;

/** Closes what was opened, last first; a failing close does not keep the others open. Not thread-safe. */
final class Resources implements AutoCloseable {

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    /**
     * @param resource something to close later
     * @param <T> its type
     * @return the resource
     */
    <T extends AutoCloseable> T add(T resource) {
        opened.push(resource);
        return resource;
    }

    @Override
    public void close() {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                // closing continues: the remaining resources still hold threads and sockets
            }
        }
    }
}
