package io.exwire.core.subscription;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class PendingRequestsTest {

    @Test
    @DisplayName("an answer removes its request once; unknown or late ids return null")
    void removeById() {
        PendingRequests<String> p = new PendingRequests<>();
        p.add(1, "sub A", 1000);
        p.add(2, "sub B", 1000);
        assertThat(p.remove(1)).isEqualTo("sub A");
        assertThat(p.remove(1)).isNull();
        assertThat(p.remove(99)).isNull();
        assertThat(p.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("expire removes and returns exactly the requests whose deadline has come")
    void expire() {
        PendingRequests<String> p = new PendingRequests<>();
        p.add(1, "a", 100);
        p.add(2, "b", 200);
        p.add(3, "c", 300);
        assertThat(p.expire(99)).isEmpty();
        assertThat(p.expire(200)).containsExactlyInAnyOrder("a", "b");
        assertThat(p.size()).isEqualTo(1);
        assertThat(p.remove(3)).isEqualTo("c");
    }

    @Test
    @DisplayName("removeIf and any select by predicate (e.g. the requests of a lost connection)")
    void byPredicate() {
        PendingRequests<String> p = new PendingRequests<>();
        p.add(1, "conn1:a", 100);
        p.add(2, "conn2:b", 100);
        p.add(3, "conn1:c", 100);
        assertThat(p.any(r -> r.startsWith("conn2"))).isTrue();
        assertThat(p.removeIf(r -> r.startsWith("conn1"))).containsExactlyInAnyOrder("conn1:a", "conn1:c");
        assertThat(p.any(r -> r.startsWith("conn1"))).isFalse();
        assertThat(p.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("request ids are positive and unique, and wrap from Integer.MAX_VALUE back to 1")
    void requestIdsWrap() throws Exception {
        RequestIds ids = new RequestIds();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(ids.next())).isTrue();
        }
        assertThat(seen).allMatch(i -> i > 0).contains(1, 1000);
        Field next = RequestIds.class.getDeclaredField("next");
        next.setAccessible(true);
        ((AtomicInteger) next.get(ids)).set(Integer.MAX_VALUE - 1);
        assertThat(ids.next()).isEqualTo(Integer.MAX_VALUE);
        assertThat(ids.next()).isEqualTo(1);
        assertThat(ids.next()).isEqualTo(2);
    }
}
