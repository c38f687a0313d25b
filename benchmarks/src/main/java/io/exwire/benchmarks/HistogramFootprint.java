package io.exwire.benchmarks;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.AtomicHistogram;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;
import org.HdrHistogram.SingleWriterRecorder;
import org.openjdk.jol.info.GraphLayout;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Footprint (JOL) and single-thread recording cost of the HdrHistogram variants core's {@code LatencyHistogram} can
 * use, at the configurations discussed in docs/BENCHMARKS.md. Recording cost is a plain loop of 20 M records after
 * a warm-up: indicative, not a JMH figure.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.exwire.benchmarks.HistogramFootprint
 * </pre>
 */
public final class HistogramFootprint {

    private static final long HOUR = 3_600_000_000_000L;
    private static final long MINUTE = 60_000_000_000L;

    private HistogramFootprint() {
    }

    /** @param args none */
    public static void main(String[] args) {
        System.setProperty("jol.magicFieldOffset", "true");
        Map<String, Supplier<AbstractHistogram>> variants = new LinkedHashMap<>();
        variants.put("Histogram 3 digits, 1 h", () -> new Histogram(1, HOUR, 3));
        variants.put("Histogram 2 digits, 60 s", () -> new Histogram(1, MINUTE, 2));
        variants.put("ConcurrentHistogram 2 digits, 60 s", () -> new ConcurrentHistogram(1, MINUTE, 2));
        variants.put("AtomicHistogram 2 digits, 60 s", () -> new AtomicHistogram(1, MINUTE, 2));
        variants.put("PackedHistogram 2 digits", () -> new PackedHistogram(2));
        for (Map.Entry<String, Supplier<AbstractHistogram>> v : variants.entrySet()) {
            AbstractHistogram h = v.getValue().get();
            double ns = recordCost(h);
            System.out.printf(Locale.ROOT, "%-38s %,9d bytes  %5.1f ns/record%n", v.getKey(),
                    GraphLayout.parseInstance(h).totalSize(), ns);
        }
        SingleWriterRecorder recorder = new SingleWriterRecorder(1, HOUR, 3);
        System.out.printf(Locale.ROOT, "%-38s %,9d bytes  (active buffer; with the swapped interval buffer and a total: three arrays)%n",
                "SingleWriterRecorder 3 digits, 1 h", GraphLayout.parseInstance(recorder).totalSize());
    }

    private static double recordCost(AbstractHistogram h) {
        int n = 20_000_000;
        for (int i = 0; i < n; i++) {
            h.recordValue(1_000 + (i & 1023) * 97L);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            h.recordValue(1_000 + (i & 1023) * 97L);
        }
        return (System.nanoTime() - t0) / (double) n;
    }
}
