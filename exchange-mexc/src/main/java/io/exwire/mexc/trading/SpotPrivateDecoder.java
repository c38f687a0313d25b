package io.exwire.mexc.trading;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Symbol;
import io.exwire.api.trading.Order;
import io.exwire.core.trading.PrivateSink;
import io.exwire.mexc.wire.ProtoFields;
import io.exwire.mexc.wire.ProtoReader;
import io.exwire.mexc.wire.SpotPush;
import io.exwire.mexc.wire.SpotSymbolDirectory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Decodes MEXC spot private pushes (binary {@code PushDataV3ApiWrapper}s) into api events: body 304
 * {@code PrivateOrdersV3Api} → order, 306 {@code PrivateDealsV3Api} → own trade, 307 {@code PrivateAccountV3Api}
 * → balance. Symbols come from the wrapper ({@code symbol} = 3, e.g. {@code BTCUSDT}) and are resolved with the
 * {@link SpotSymbolDirectory}. Field tables: {@code src/main/proto/}. Not thread-safe (one per component).
 */
final class SpotPrivateDecoder {

    private final SpotPush push = new SpotPush();
    private final ProtoReader body = new ProtoReader();
    private final ProtoFields fields = new ProtoFields(26);
    private final SpotSymbolDirectory directory;
    private final Consumer<Symbol> orderSymbols;

    /**
     * @param directory resolves {@code BTCUSDT} spellings
     * @param orderSymbols told the symbol of every pushed order (for reconciliation)
     */
    SpotPrivateDecoder(SpotSymbolDirectory directory, Consumer<Symbol> orderSymbols) {
        this.directory = directory;
        this.orderSymbols = orderSymbols;
    }

    void decode(ByteBuffer frame, long receiveNanos, PrivateSink sink) {
        push.parse(frame);
        switch (push.body()) {
            case SpotPush.PRIVATE_ORDERS -> sink.order(order(receiveNanos));
            case SpotPush.PRIVATE_DEALS -> sink.ownTrade(
                    SpotAccountMapper.tradeFromPush(read(), symbol(), push.timestamp(), receiveNanos));
            case SpotPush.PRIVATE_ACCOUNT -> sink.balance(
                    SpotAccountMapper.balanceFromPush(read(), push.timestamp(), receiveNanos));
            default -> sink.unknownChannel();
        }
    }

    private Order order(long receiveNanos) {
        Order order = SpotOrderMapper.fromPush(read(), symbol(), push.timestamp(), receiveNanos);
        orderSymbols.accept(order.symbol());
        return order;
    }

    private ProtoFields read() {
        return fields.read(body.reset(push.buffer(), push.bodyStart(), push.bodyEnd()));
    }

    private Symbol symbol() {
        if (!push.hasSymbol()) {
            throw new ProtocolException("private push without symbol");
        }
        String venue = new String(push.buffer(), push.symbolStart(), push.symbolEnd() - push.symbolStart(),
                StandardCharsets.US_ASCII);
        Symbol symbol = directory.resolve(venue);
        if (symbol == null) {
            throw new ProtocolException("unknown MEXC spot symbol '" + venue + "'");
        }
        return symbol;
    }
}
