package io.exwire.benchmarks.harness;

import org.openjdk.jol.util.ObjectUtils;
import org.openjdk.jol.vm.VM;
import org.openjdk.jol.vm.VirtualMachine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Retained heap of a public component, measured with JOL's object sizes over the object graph reachable from the
 * component, as the <b>marginal</b> cost of one more component: the graph of a first component is walked first,
 * then only what a second, identical component adds is counted. JVM-wide state the components share (Helidon
 * singletons, the venue provider, interned strings) is thereby excluded, as are class objects, class loaders and
 * thread objects (walls of the walk). {@code LocalOrderBook}s are walls too; what lies behind them and was not seen
 * before is counted separately as books.
 */
final class RetainedHeap {

    private static final String BOOK_CLASS = "io.exwire.core.marketdata.book.LocalOrderBook";

    private final VirtualMachine vm = VM.current();
    private final Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Class<?>, List<Field>> fields = new HashMap<>();
    private Map<String, Long> histogram = new HashMap<>();

    private RetainedHeap() {
    }

    /**
     * @param first a component whose graph is not counted (walked first)
     * @param second an identical component; what it adds is the figure
     * @param connections the second component's open connections
     * @param symbols symbols subscribed per component
     * @return the figures
     */
    static Map<String, Object> measure(Object first, Object second, int connections, int symbols) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            System.gc();
            RetainedHeap alone = new RetainedHeap();
            long[] standalone = alone.walk(second);
            RetainedHeap walker = new RetainedHeap();
            walker.walk(first);
            walker.histogram = new HashMap<>();
            long[] marginal = walker.walk(second);
            m.put("method", "JOL sizes of the graph reachable from a second identical component, minus what the "
                    + "first one already reaches; Class, ClassLoader and Thread objects and LocalOrderBooks are walls");
            m.put("symbols", symbols);
            m.put("connections", connections);
            m.put("component_bytes_excluding_books", marginal[0]);
            m.put("books_bytes", marginal[1]);
            m.put("per_connection_bytes_excluding_books", connections == 0 ? null : marginal[0] / connections);
            m.put("standalone_component_bytes_including_shared", standalone[0]);
            m.put("top_classes_excluding_books", top(walker.histogram, 15));
            System.out.println("[harness] retained heap: " + marginal[0] / 1024 + " KB per component excluding books ("
                    + marginal[1] / 1024 + " KB), " + connections + " connection(s), " + symbols + " symbols");
        } catch (RuntimeException | LinkageError e) {
            m.put("failed", e.toString());
            e.printStackTrace();
        }
        return m;
    }

    /** @return {bytes outside books, bytes behind books}, counting only objects not visited before */
    private long[] walk(Object root) {
        Deque<Object> books = new ArrayDeque<>();
        long main = walk(root, books, true);
        long behindBooks = 0;
        while (!books.isEmpty()) {
            behindBooks += walk(books.pop(), null, false);
        }
        return new long[] {main, behindBooks};
    }

    private long walk(Object root, Deque<Object> books, boolean countInHistogram) {
        long total = 0;
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            if (visited.contains(o) || isWall(o)) {
                continue;
            }
            if (books != null && o.getClass().getName().equals(BOOK_CLASS)) {
                books.push(o);
                continue;
            }
            visited.add(o);
            long size = vm.sizeOf(o);
            total += size;
            if (countInHistogram) {
                histogram.merge(o.getClass().getName(), size, Long::sum);
            }
            push(o, stack);
        }
        return total;
    }

    private void push(Object o, Deque<Object> stack) {
        Class<?> c = o.getClass();
        if (c.isArray()) {
            if (!c.getComponentType().isPrimitive()) {
                for (Object e : (Object[]) o) {
                    if (e != null) {
                        stack.push(e);
                    }
                }
            }
            return;
        }
        for (Field f : referenceFields(c)) {
            Object v = ObjectUtils.value(o, f);
            if (v != null) {
                stack.push(v);
            }
        }
    }

    private List<Field> referenceFields(Class<?> type) {
        return fields.computeIfAbsent(type, t -> {
            List<Field> out = new ArrayList<>();
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                        out.add(f);
                    }
                }
            }
            return out;
        });
    }

    private static boolean isWall(Object o) {
        return o instanceof Class<?> || o instanceof ClassLoader || o instanceof Thread || o instanceof ThreadGroup
                || o instanceof Module || o instanceof java.security.ProtectionDomain;
    }

    private static Map<String, Long> top(Map<String, Long> histogram, int n) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(histogram.entrySet());
        entries.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(n, entries.size()); i++) {
            out.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        return out;
    }
}
