package io.exwire.testkit.sinks;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.core.trading.PrivateSink;

import java.util.ArrayList;
import java.util.List;

/** A {@link PrivateSink} that records everything it receives for assertions. */
public final class RecordingPrivateSink implements PrivateSink {

    /** A rejection. */
    public record Rejection(int requestId, ExwireException error) {
    }

    public final List<Integer> acks = new ArrayList<>();
    public final List<Rejection> rejections = new ArrayList<>();
    public final List<Order> orders = new ArrayList<>();
    public final List<Balance> balances = new ArrayList<>();
    public final List<Position> positions = new ArrayList<>();
    public final List<OwnTrade> trades = new ArrayList<>();
    public final List<String> reconnects = new ArrayList<>();
    public final List<ProtocolException> errors = new ArrayList<>();
    public int pongs;
    public int unknown;

    @Override
    public void acknowledged(int requestId) {
        acks.add(requestId);
    }

    @Override
    public void rejected(int requestId, ExwireException error) {
        rejections.add(new Rejection(requestId, error));
    }

    @Override
    public void pong() {
        pongs++;
    }

    @Override
    public void order(Order order) {
        orders.add(order);
    }

    @Override
    public void balance(Balance balance) {
        balances.add(balance);
    }

    @Override
    public void position(Position position) {
        positions.add(position);
    }

    @Override
    public void ownTrade(OwnTrade trade) {
        trades.add(trade);
    }

    @Override
    public void reconnectRequired(String reason) {
        reconnects.add(reason);
    }

    @Override
    public void unknownChannel() {
        unknown++;
    }

    @Override
    public void protocolError(ProtocolException error) {
        errors.add(error);
    }
}
