package io.exwire.gateio.marketdata;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.marketdata.Instrument;
import io.exwire.api.marketdata.OrderBookSnapshot;
import io.exwire.api.marketdata.PriceLevel;
import io.exwire.api.marketdata.PublicTrade;
import io.exwire.api.marketdata.TradeView;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.MarketType;
import io.exwire.api.model.Side;
import io.exwire.api.model.Symbol;
import io.exwire.gateio.wire.Fields;
import io.exwire.gateio.wire.GateioSymbols;
import io.exwire.gateio.wire.JsonTree;
import io.exwire.gateio.wire.TreeFields;
import io.exwire.gateio.wire.WireTime;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps Gate.io public REST bodies to api records. Units: spot book {@code current} is epoch ms, futures book
 * {@code current} is fractional epoch <em>seconds</em>; spot trade {@code create_time_ms} is a fractional-ms string,
 * futures trade {@code create_time} fractional seconds; futures sizes are signed contract counts, integer or
 * decimal string, made absolute here with the side separate.
 */
final class PublicRestMapper {

    private static final Decimal ONE = Decimal.ofLong(1);

    private PublicRestMapper() {
    }

    static Instrument spotInstrument(TreeFields f) {
        Symbol symbol = GateioSymbols.parseUncached(f.string("id"));
        if (symbol == null) {
            return null;
        }
        return new Instrument(symbol, f.string("id"), MarketType.SPOT, step(f, "precision"),
                step(f, "amount_precision"), f.decimal("min_base_amount"), f.decimal("min_quote_amount"), null, null,
                f.is("trade_status", "tradable"));
    }

    static Instrument futuresInstrument(TreeFields f) {
        Symbol symbol = GateioSymbols.parseUncached(f.string("name"));
        if (symbol == null) {
            return null;
        }
        Decimal minSize = f.decimal("order_size_min");
        Decimal lot = f.flag("enable_decimal") && minSize != null ? minSize : ONE;
        boolean tradable = !f.flag("in_delisting") && (!f.has("status") || f.is("status", "trading"));
        return new Instrument(symbol, f.string("name"), MarketType.FUTURES, f.decimal("order_price_round"), lot,
                minSize, null, f.decimal("quanto_multiplier"), "USDT", tradable);
    }

    private static Decimal step(Fields f, String precisionField) {
        Decimal digits = f.decimal(precisionField);
        if (digits == null) {
            throw new ProtocolException("currency pair without " + precisionField);
        }
        return Decimal.of(1, (int) digits.mantissa());
    }

    static OrderBookSnapshot book(Symbol symbol, MarketType market, TreeFields f) {
        long id = f.wholeNumber("id", -1);
        if (id < 0) {
            throw new ProtocolException("order book without id (with_id=true not honoured)");
        }
        long millis = market == MarketType.SPOT
                ? f.wholeNumber("current", 0)
                : WireTime.toMillis(f.decimal("current"));
        return new OrderBookSnapshot(symbol, id, levels(f.list("bids")), levels(f.list("asks")), millis);
    }

    private static List<PriceLevel> levels(List<Object> raw) {
        List<PriceLevel> out = new ArrayList<>(raw.size());
        for (Object level : raw) {
            if (level instanceof List<?> pair && pair.size() >= 2) {
                out.add(new PriceLevel(decimal(pair.get(0)), decimal(pair.get(1)).abs()));
            } else {
                TreeFields f = JsonTree.object(level);
                out.add(new PriceLevel(f.decimal("p"), f.decimal("s").abs()));
            }
        }
        return out;
    }

    private static Decimal decimal(Object value) {
        if (value == null) {
            throw new ProtocolException("book level without value");
        }
        try {
            return Decimal.parse(value.toString());
        } catch (NumberFormatException e) {
            throw new ProtocolException("book level is not a decimal number");
        }
    }

    static PublicTrade trade(Symbol symbol, MarketType market, TreeFields f) {
        long id = f.wholeNumber("id", TradeView.NO_TRADE_ID);
        if (market == MarketType.SPOT) {
            return new PublicTrade(symbol, id, f.decimal("price"), f.decimal("amount"),
                    f.is("side", "sell") ? Side.SELL : Side.BUY, f.wholeNumber("create_time_ms", 0));
        }
        Decimal size = f.decimal("size");
        long millis = f.has("create_time_ms") ? f.wholeNumber("create_time_ms", 0)
                : WireTime.toMillis(f.decimal("create_time"));
        return new PublicTrade(symbol, id, f.decimal("price"), size.abs(), size.signum() < 0 ? Side.SELL : Side.BUY,
                millis);
    }
}
