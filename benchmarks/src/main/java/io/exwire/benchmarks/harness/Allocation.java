package io.exwire.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bytes allocated per thread, from {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}: the dispatcher
 * thread's allocation per received frame is the figure of record (decode, book, dispatch, handler); the other
 * threads (client reader, simulator) are listed for context.
 */
final class Allocation {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Map<Long, String> NAMES = new HashMap<>();

    private Allocation() {
    }

    /** @return thread id → {allocated bytes} */
    static Map<Long, long[]> byThread() {
        Map<Long, long[]> out = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long bytes = THREADS.getThreadAllocatedBytes(t.threadId());
            if (bytes >= 0) {
                out.put(t.threadId(), new long[] {bytes});
                synchronized (NAMES) {
                    NAMES.put(t.threadId(), t.getName());
                }
            }
        }
        return out;
    }

    /**
     * @param before at the window's start
     * @param after at its end
     * @param frames frames received in the window
     * @param dispatcher the dispatcher thread's name
     * @return the dispatcher's bytes per frame and the top allocating threads
     */
    static Map<String, Object> perFrame(Map<Long, long[]> before, Map<Long, long[]> after, long frames,
                                        String dispatcher) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Long> byName = new HashMap<>();
        after.forEach((id, a) -> {
            long[] b = before.get(id);
            long delta = a[0] - (b == null ? 0 : b[0]);
            String name;
            synchronized (NAMES) {
                name = NAMES.getOrDefault(id, "?").replaceAll("[0-9]+$", "#");
            }
            byName.merge(name, delta, Long::sum);
        });
        long d = byName.getOrDefault(dispatcher, -1L);
        m.put("dispatcher_bytes_per_frame", frames == 0 || d < 0 ? null : Math.round(d * 10.0 / frames) / 10.0);
        List<Map.Entry<String, Long>> top = new ArrayList<>(byName.entrySet());
        top.sort((x, y) -> Long.compare(y.getValue(), x.getValue()));
        Map<String, Object> threads = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(8, top.size()); i++) {
            threads.put(top.get(i).getKey(), frames == 0 ? null : Math.round(top.get(i).getValue() * 10.0 / frames) / 10.0);
        }
        m.put("bytes_per_frame_by_thread", threads);
        return m;
    }
}
