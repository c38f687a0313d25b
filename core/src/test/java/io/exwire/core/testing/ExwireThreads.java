package io.exwire.core.testing;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Looks for exwire's own platform threads (their names start with {@code exwire-}). */
public final class ExwireThreads {

    private ExwireThreads() {
    }

    /** @return names of live threads whose name starts with {@code exwire-} */
    public static List<String> alive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("exwire-"))
                .sorted()
                .toList();
    }

    /** Waits (bounded) until no exwire thread is alive; fails naming the survivors otherwise. */
    public static void awaitNoneAlive() {
        await("exwire threads to end").atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(alive()).as("live exwire threads").isEmpty());
    }
}
