package io.exwire.core.dispatch;

import io.exwire.api.DispatchMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(30)
class DispatchLaneTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Records what reaches the consumer; can block on a latch to play a slow handler. */
    static final class Consumer implements FrameConsumer {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<Thread> threads = new CopyOnWriteArrayList<>();
        final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        final AtomicInteger concurrent = new AtomicInteger();
        final AtomicInteger maxConcurrent = new AtomicInteger();
        volatile CountDownLatch gate = new CountDownLatch(0);
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public void text(int connectionId, String text, long receiveNanos) {
            enter();
            try {
                if (text.equals("boom")) {
                    throw new IllegalStateException("decoder failed");
                }
                seen.add(connectionId + ":" + text);
            } finally {
                concurrent.decrementAndGet();
            }
        }

        @Override
        public void binary(int connectionId, ByteBuffer data, long receiveNanos) {
            enter();
            byte[] b = new byte[data.remaining()];
            data.get(b);
            seen.add(connectionId + ":bin" + b.length + "/" + b[0]);
            concurrent.decrementAndGet();
        }

        private void enter() {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            threads.add(Thread.currentThread());
            entered.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void failed(RuntimeException error) {
            failures.add(error);
        }
    }

    private final List<DispatchLane> lanes = new ArrayList<>();

    private DispatchLane lane(DispatchMode mode, int capacity, Consumer consumer) {
        DispatchLane lane = DispatchLane.create(mode, capacity, "exwire-dispatch-lane-test", consumer);
        lanes.add(lane);
        return lane;
    }

    @AfterEach
    void close() {
        lanes.forEach(DispatchLane::close);
        await().atMost(WAIT).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("exwire-dispatch-lane-test")));
    }

    @Test
    @DisplayName("QUEUED: frames are handled in arrival order, one at a time, on the single dispatcher thread")
    void queuedOrder() {
        Consumer c = new Consumer();
        DispatchLane lane = lane(DispatchMode.QUEUED, 1024, c);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            assertThat(lane.text(i % 3, "f" + i, 0)).isTrue();
            expected.add(i % 3 + ":f" + i);
        }
        assertThat(lane.binary(7, ByteBuffer.wrap(new byte[]{42, 1}), 0)).isTrue();
        expected.add("7:bin2/42");
        await().atMost(WAIT).until(() -> c.seen.size() == 501);
        assertThat(c.seen).containsExactlyElementsOf(expected);
        assertThat(c.threads).extracting(Thread::getName).containsOnly("exwire-dispatch-lane-test");
        assertThat(c.maxConcurrent.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("QUEUED: a full queue refuses frames (false) without blocking the reader; depth and lag are reported")
    void queuedOverflow() {
        Consumer c = new Consumer();
        c.gate = new CountDownLatch(1);
        DispatchLane lane = lane(DispatchMode.QUEUED, 16, c);
        lane.text(1, "first", System.nanoTime());
        await().atMost(WAIT).until(() -> c.entered.getCount() == 0);
        long receive = io.exwire.core.dispatch.LaneClock.nowNanos() - 5_000_000L;
        int accepted = 0;
        for (int i = 0; i < 40; i++) {
            accepted += lane.text(1, "f" + i, receive) ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(16);
        assertThat(lane.depth()).isEqualTo(16);
        assertThat(lane.lagNanos()).as("oldest waiting frame is at least 5 ms old").isGreaterThanOrEqualTo(5_000_000L);
        assertThat(lane.binary(1, ByteBuffer.wrap(new byte[]{1}), receive)).isFalse();
        c.gate.countDown();
        await().atMost(WAIT).until(() -> c.seen.size() == 17);
        assertThat(c.seen.subList(1, 17)).containsExactly(java.util.stream.IntStream.range(0, 16)
                .mapToObj(i -> "1:f" + i).toArray(String[]::new));
        assertThat(lane.depth()).isZero();
        assertThat(lane.lagNanos()).isZero();
    }

    @Test
    @DisplayName("QUEUED: control tasks are never dropped, even while the frame queue is full")
    void controlTasksNeverDropped() {
        Consumer c = new Consumer();
        c.gate = new CountDownLatch(1);
        DispatchLane lane = lane(DispatchMode.QUEUED, 16, c);
        lane.text(1, "first", 0);
        await().atMost(WAIT).until(() -> c.entered.getCount() == 0);
        while (lane.text(1, "fill", 0)) {
            assertThat(lane.depth()).isLessThanOrEqualTo(16);
        }
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            lane.execute(ran::incrementAndGet);
        }
        c.gate.countDown();
        await().atMost(WAIT).until(() -> ran.get() == 100);
    }

    @Test
    @DisplayName("QUEUED: a control task runs after the frames submitted before it, serialised with them")
    void controlTasksAfterEarlierFrames() {
        Consumer c = new Consumer();
        c.gate = new CountDownLatch(1);
        DispatchLane lane = lane(DispatchMode.QUEUED, 64, c);
        lane.text(1, "a", 0);
        await().atMost(WAIT).until(() -> c.entered.getCount() == 0);
        lane.text(1, "b", 0);
        lane.text(1, "c", 0);
        lane.execute(() -> c.seen.add("task"));
        lane.text(1, "d", 0);
        c.gate.countDown();
        await().atMost(WAIT).until(() -> c.seen.size() == 5);
        assertThat(c.seen).containsExactly("1:a", "1:b", "1:c", "task", "1:d");
    }

    @Test
    @DisplayName("QUEUED: an exception from the consumer or a task is reported and the lane goes on")
    void failuresContained() {
        Consumer c = new Consumer();
        DispatchLane lane = lane(DispatchMode.QUEUED, 64, c);
        lane.text(1, "boom", 0);
        lane.execute(() -> {
            throw new IllegalArgumentException("task failed");
        });
        lane.text(1, "after", 0);
        await().atMost(WAIT).until(() -> c.seen.contains("1:after"));
        assertThat(c.failures).hasSize(2);
    }

    @Test
    @DisplayName("QUEUED: the dispatcher allocates nothing to wait, frame after frame, and a stray interrupt does not stop it")
    void dispatcherWaitsWithoutAllocating() throws ReflectiveOperationException {
        // com.sun.management.ThreadMXBean, by reflection: this module does not read jdk.management
        Object threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.lang.reflect.Method allocated = Class.forName("com.sun.management.ThreadMXBean")
                .getMethod("getCurrentThreadAllocatedBytes");
        long[] allocatedAt = new long[2];
        AtomicInteger handled = new AtomicInteger();
        FrameConsumer counting = new FrameConsumer() {
            @Override
            public void text(int connectionId, String text, long receiveNanos) {
                int n = handled.get();
                if (n == 500 || n == 2500) {
                    allocatedAt[n == 500 ? 0 : 1] = allocatedBytes(allocated, threads);
                }
                handled.incrementAndGet();
            }

            @Override
            public void binary(int connectionId, ByteBuffer data, long receiveNanos) {
            }

            @Override
            public void failed(RuntimeException error) {
            }
        };
        DispatchLane lane = DispatchLane.create(DispatchMode.QUEUED, 16, "exwire-dispatch-lane-test", counting);
        lanes.add(lane);
        lane.execute(() -> Thread.currentThread().interrupt());
        for (int i = 0; i < 2501; i++) {
            // one frame at a time: the dispatcher runs dry and waits (spins, then parks) before every frame
            assertThat(lane.text(1, "f", 0)).isTrue();
            int expected = i + 1;
            await().atMost(WAIT).pollInterval(Duration.ofNanos(1)).until(() -> handled.get() == expected);
        }
        assertThat(allocatedAt[1] - allocatedAt[0]).as("bytes the dispatcher allocated over 2,000 waits")
                .isLessThan(2_000);
    }

    private static long allocatedBytes(java.lang.reflect.Method allocated, Object threads) {
        try {
            return (long) allocated.invoke(threads);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("INLINE: frames run on the caller's thread, serialised across threads, never refused")
    void inlineSerialisation() throws Exception {
        Consumer c = new Consumer();
        DispatchLane lane = lane(DispatchMode.INLINE, 16, c);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                go.await();
                boolean all = true;
                for (int i = 0; i < 200; i++) {
                    all &= lane.text(thread, "f" + i, 0);
                    lane.execute(() -> c.seen.add("task"));
                }
                return all;
            }));
        }
        go.countDown();
        for (Future<Boolean> f : results) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isTrue();
        }
        pool.shutdown();
        assertThat(c.seen).hasSize(1600);
        assertThat(c.maxConcurrent.get()).as("never two frames at once").isEqualTo(1);
        assertThat(c.threads).doesNotContain(Thread.currentThread());
        for (int t = 0; t < 4; t++) {
            String prefix = t + ":";
            assertThat(c.seen.stream().filter(s -> s.startsWith(prefix)).toList())
                    .as("per-thread order").containsExactlyElementsOf(java.util.stream.IntStream.range(0, 200)
                            .mapToObj(i -> prefix + "f" + i).toList());
        }
        assertThat(lane.depth()).isZero();
    }

    @Test
    @DisplayName("a closed lane refuses frames, drops tasks and stops its thread")
    void closedLane() {
        Consumer c = new Consumer();
        DispatchLane lane = lane(DispatchMode.QUEUED, 16, c);
        lane.close();
        assertThat(lane.text(1, "late", 0)).isFalse();
        lane.execute(() -> c.seen.add("late task"));
        await().atMost(WAIT).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("exwire-dispatch-lane-test")));
        assertThat(c.seen).isEmpty();
        DispatchLane inline = lane(DispatchMode.INLINE, 16, c);
        inline.close();
        inline.text(1, "late", 0);
        assertThat(c.seen).isEmpty();
    }
}
