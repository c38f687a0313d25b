package io.exwire.benchmarks.harness;

import io.exwire.api.marketdata.BasePublicWebsocket;
import org.openjdk.jol.info.GraphLayout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retained heap of one public component, books excluded, with JOL: everything reachable from the component that is
 * not reachable from JVM-wide roots (class loaders, the harness thread and its group, the simulator), minus what is
 * reachable only through its {@code LocalOrderBook}s. Each size is one {@code GraphLayout} walk, so objects moving
 * between walks cannot skew the figure; the class breakdown (an address-based subtraction) is indicative.
 */
final class RetainedHeap {

    private RetainedHeap() {
    }

    static Map<String, Object> measure(BasePublicWebsocket ws, List<Object> books, Object simulator) {
        List<Object> shared = new ArrayList<>(List.of(ClassLoader.getSystemClassLoader(),
                ClassLoader.getPlatformClassLoader(), Thread.currentThread(), Thread.currentThread().getThreadGroup(),
                simulator));
        List<Object> sharedAndBooks = new ArrayList<>(shared);
        sharedAndBooks.addAll(books);
        List<Object> all = new ArrayList<>(shared);
        all.add(ws);
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            System.gc();
            GraphLayout sharedLayout = GraphLayout.parseInstance(shared.toArray());
            GraphLayout withBooks = GraphLayout.parseInstance(sharedAndBooks.toArray());
            GraphLayout whole = GraphLayout.parseInstance(all.toArray());
            long component = whole.totalSize() - sharedLayout.totalSize();
            long withoutBooks = whole.totalSize() - withBooks.totalSize();
            int connections = ws.performanceMetrics().snapshot().connections();
            m.put("books", books.size());
            m.put("connections", connections);
            m.put("component_bytes_including_books", component);
            m.put("books_bytes", component - withoutBooks);
            m.put("component_bytes_excluding_books", withoutBooks);
            m.put("per_connection_bytes_excluding_books", connections == 0 ? null : withoutBooks / connections);
            m.put("top_classes_excluding_books", top(whole.subtract(withBooks), 15));
            System.out.println("[harness] retained heap: " + withoutBooks / 1024 + " KB excluding " + books.size()
                    + " books (" + (component - withoutBooks) / 1024 + " KB), " + connections + " connection(s)");
        } catch (RuntimeException | LinkageError e) {
            m.put("failed", e.toString());
            e.printStackTrace();
        }
        return m;
    }

    private static Map<String, Long> top(GraphLayout layout, int n) {
        List<Class<?>> classes = new ArrayList<>(layout.getClasses());
        classes.sort((a, b) -> Long.compare(layout.getClassSizes().count(b), layout.getClassSizes().count(a)));
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(n, classes.size()); i++) {
            out.put(classes.get(i).getName(), layout.getClassSizes().count(classes.get(i)));
        }
        return out;
    }
}
