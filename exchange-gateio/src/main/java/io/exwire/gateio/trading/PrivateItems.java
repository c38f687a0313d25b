package io.exwire.gateio.trading;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.MarketType;
import io.exwire.core.codec.JsonCursor;
import io.exwire.core.trading.PrivateSink;
import io.exwire.gateio.wire.FlatObject;
import io.exwire.gateio.wire.GateioSymbols;
import io.exwire.gateio.wire.Results;

/**
 * Decodes the items of a private push ({@code result} is an array, possibly mixing symbols; a bare object is
 * accepted too) with a {@link FlatObject} per item and the shared mappers, so pushes and REST answers map alike.
 * A malformed item is reported and skipped; the other items of the push are still delivered.
 */
final class PrivateItems implements Results.Item {

    /** The private channel families. */
    enum Kind { ORDERS, TRADES, BALANCES, POSITIONS }

    private final MarketType market;
    private final GateioSymbols symbols = new GateioSymbols();
    private final FlatObject item = new FlatObject();
    private Kind kind;
    private Mapping mapping;
    private PrivateSink sink;

    PrivateItems(MarketType market) {
        this.market = market;
    }

    void decode(JsonCursor cursor, Kind channelKind, long receiveNanos, PrivateSink target) {
        this.kind = channelKind;
        this.sink = target;
        this.mapping = new Mapping(market, receiveNanos, false, symbols);
        Results.forEachObject(cursor, this);
    }

    @Override
    public void object(JsonCursor cursor) {
        item.read(cursor);
        try {
            deliver();
        } catch (ProtocolException e) {
            sink.protocolError(e);
        } catch (ArithmeticException e) {
            sink.protocolError(new ProtocolException("gateio " + kind + " item out of range"));
        }
    }

    private void deliver() {
        boolean spot = market == MarketType.SPOT;
        switch (kind) {
            case ORDERS -> sink.order(spot ? OrderMapper.spot(item, mapping) : OrderMapper.futures(item, mapping));
            case TRADES -> sink.ownTrade(spot ? FillMapper.spot(item, mapping) : FillMapper.futures(item, mapping));
            case BALANCES -> sink.balance(spot ? AccountMapper.spotBalance(item, mapping)
                    : AccountMapper.futuresBalancePush(item, mapping));
            case POSITIONS -> sink.position(AccountMapper.position(item, mapping));
        }
    }
}
