package io.exwire.core.connection;

import io.exwire.api.model.ConnectionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static io.exwire.api.model.ConnectionState.AUTHENTICATED;
import static io.exwire.api.model.ConnectionState.AUTHENTICATING;
import static io.exwire.api.model.ConnectionState.CLOSED;
import static io.exwire.api.model.ConnectionState.CONNECTED;
import static io.exwire.api.model.ConnectionState.CONNECTING;
import static io.exwire.api.model.ConnectionState.DISCONNECTED;
import static io.exwire.api.model.ConnectionState.RECONNECTING;
import static io.exwire.api.model.ConnectionState.SUBSCRIBED;
import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class ConnectionStatesTest {

    @Test
    @DisplayName("ranks follow the lifecycle: CLOSED < DISCONNECTED = RECONNECTING < CONNECTING < CONNECTED < AUTHENTICATING < AUTHENTICATED < SUBSCRIBED")
    void ranksFollowTheLifecycle() {
        assertThat(ConnectionStates.rank(CLOSED)).isEqualTo(-1);
        assertThat(ConnectionStates.rank(DISCONNECTED)).isZero();
        assertThat(ConnectionStates.rank(RECONNECTING)).isZero();
        assertThat(ConnectionStates.rank(CONNECTING)).isEqualTo(1);
        assertThat(ConnectionStates.rank(CONNECTED)).isEqualTo(2);
        assertThat(ConnectionStates.rank(AUTHENTICATING)).isEqualTo(3);
        assertThat(ConnectionStates.rank(AUTHENTICATED)).isEqualTo(4);
        assertThat(ConnectionStates.rank(SUBSCRIBED)).isEqualTo(5);
    }

    @Test
    @DisplayName("every state has a rank, and the least advanced of a sharded component's states is the one reported")
    void leastAdvancedStateOfShards() {
        assertThat(Arrays.stream(ConnectionState.values()).mapToInt(ConnectionStates::rank))
                .allSatisfy(r -> assertThat(r).isBetween(-1, 5));
        Comparator<ConnectionState> byProgress = Comparator.comparingInt(ConnectionStates::rank);

        assertThat(List.of(SUBSCRIBED, AUTHENTICATED, SUBSCRIBED).stream().min(byProgress)).contains(AUTHENTICATED);
        assertThat(List.of(SUBSCRIBED, CONNECTING, CONNECTED).stream().min(byProgress)).contains(CONNECTING);
        assertThat(List.of(SUBSCRIBED, AUTHENTICATING).stream().min(byProgress)).contains(AUTHENTICATING);
        assertThat(List.of(SUBSCRIBED, RECONNECTING, CONNECTING).stream().min(byProgress)).contains(RECONNECTING);
        assertThat(List.of(SUBSCRIBED, CLOSED).stream().min(byProgress)).contains(CLOSED);
    }
}
