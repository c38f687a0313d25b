package io.exwire.gateio.trading;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.trading.Balance;
import io.exwire.api.trading.Order;
import io.exwire.api.trading.OwnTrade;
import io.exwire.api.trading.Position;
import io.exwire.core.trading.PrivateSink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records everything a private protocol emits. */
final class RecordingPrivateSink implements PrivateSink {

    final List<Integer> acks = new ArrayList<>();
    final Map<Integer, ExwireException> rejections = new LinkedHashMap<>();
    final List<Order> orders = new ArrayList<>();
    final List<Balance> balances = new ArrayList<>();
    final List<Position> positions = new ArrayList<>();
    final List<OwnTrade> trades = new ArrayList<>();
    final List<String> reconnects = new ArrayList<>();
    final List<ProtocolException> errors = new ArrayList<>();
    int pongs;
    int unknown;

    @Override
    public void acknowledged(int requestId) {
        acks.add(requestId);
    }

    @Override
    public void rejected(int requestId, ExwireException error) {
        rejections.put(requestId, error);
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
