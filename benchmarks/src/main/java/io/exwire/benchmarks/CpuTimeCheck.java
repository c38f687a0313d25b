package io.exwire.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;

/**
 * A cross-check for a shared, oversubscribed machine: runs benchmark methods of this module in a plain loop and
 * divides the <em>thread's CPU time</em> ({@link ThreadMXBean#getCurrentThreadCpuTime()}) by the operations, so time
 * spent descheduled by other processes does not count (cache pollution and context switches still do). Reports
 * the median and minimum of the rounds. Next to it, the <em>process's</em> CPU time per operation
 * ({@link com.sun.management.OperatingSystemMXBean#getProcessCpuTime()}): a benchmark that allocates makes the
 * collector's worker threads work too, and the thread's own CPU time leaves that out, which flatters an allocating
 * path (the XChange-style baseline, the floor's {@code getBytes}) against one that allocates nothing. After the
 * warm-up the compiler threads are idle, so the two differ by the collector's work. JMH (wall clock) remains the
 * figure of record; use this to compare two
 * builds when the load average is far above the core count. Run one benchmark per JVM (as {@code run.sh} does):
 * benchmarks that share code pollute each other's JIT profiles when they run in one JVM. {@code --json} merges
 * into an existing file.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.exwire.benchmarks.CpuTimeCheck [--json out.json] \
 *     GateioDecodeBenchmark.spotBookTicker MexcDecodeBenchmark.spotAggreDepth20 ...
 * </pre>
 */
public final class CpuTimeCheck {

    private static final int ROUNDS = 15;

    private CpuTimeCheck() {
    }

    /**
     * @param args {@code Class.method} names of benchmarks in this package
     * @throws Throwable when a benchmark cannot be run
     */
    public static void main(String[] args) throws Throwable {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(args));
        String json = null;
        int at = names.indexOf("--json");
        if (at >= 0) {
            json = names.get(at + 1);
            names.remove(at + 1);
            names.remove(at);
        }
        java.util.Map<String, Object> results = new java.util.LinkedHashMap<>();
        for (String name : names) {
            int dot = name.lastIndexOf('.');
            Class<?> type = Class.forName(CpuTimeCheck.class.getPackageName() + "." + name.substring(0, dot));
            Object state = type.getConstructor().newInstance();
            for (Method m : type.getMethods()) {
                if (m.getName().equals("setUp") && m.getParameterCount() == 0) {
                    m.invoke(state);
                }
            }
            MethodHandle bench = MethodHandles.publicLookup().unreflect(type.getMethod(name.substring(dot + 1)))
                    .bindTo(state).asType(MethodType.methodType(long.class));
            long sink = 0;
            long ops = calibrate(bench);
            for (int i = 0; i < 3; i++) {
                sink += loop(bench, ops);
            }
            double[] perOp = new double[ROUNDS];
            double[] processPerOp = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                long p0 = process.getProcessCpuTime();
                long c0 = threads.getCurrentThreadCpuTime();
                sink += loop(bench, ops);
                perOp[r] = (threads.getCurrentThreadCpuTime() - c0) / (double) ops;
                processPerOp[r] = (process.getProcessCpuTime() - p0) / (double) ops;
            }
            Arrays.sort(perOp);
            Arrays.sort(processPerOp);
            System.out.printf(Locale.ROOT, "%-55s cpu ns/op median %8.1f  min %8.1f  process %8.1f  (%d rounds x %d ops)"
                    + " %s%n", name, perOp[ROUNDS / 2], perOp[0], processPerOp[ROUNDS / 2], ROUNDS, ops,
                    sink == 42 ? "" : "");
            results.put("io.exwire.benchmarks." + name, java.util.Map.of("median_ns", perOp[ROUNDS / 2],
                    "min_ns", perOp[0], "process_median_ns", processPerOp[ROUNDS / 2], "rounds", ROUNDS,
                    "ops_per_round", ops));
        }
        if (json != null) {
            // merged into an existing file, so that each benchmark can run in a JVM of its own (as JMH forks do:
            // one JVM running several benchmarks pollutes the JIT's type profiles of the shared code)
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            java.io.File file = new java.io.File(json);
            java.util.Map<String, Object> all = new java.util.LinkedHashMap<>();
            if (file.isFile()) {
                mapper.readTree(file).fields().forEachRemaining(e -> all.put(e.getKey(), e.getValue()));
            }
            all.putAll(results);
            mapper.writerWithDefaultPrettyPrinter().writeValue(file, all);
        }
    }

    /** Warms up for 2 s of wall time (so C2 has compiled everything), then sizes a round to about 200 ms. */
    private static long calibrate(MethodHandle bench) throws Throwable {
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            loop(bench, 1000);
        }
        long ops = 1000;
        while (true) {
            long t0 = System.nanoTime();
            loop(bench, ops);
            if (System.nanoTime() - t0 > 200_000_000L || ops > 50_000_000L) {
                return ops;
            }
            ops *= 2;
        }
    }

    private static long loop(MethodHandle bench, long ops) throws Throwable {
        long s = 0;
        for (long i = 0; i < ops; i++) {
            s += (long) bench.invokeExact();
        }
        return s;
    }
}
