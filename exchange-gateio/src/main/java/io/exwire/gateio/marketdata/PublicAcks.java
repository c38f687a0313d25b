package io.exwire.gateio.marketdata;

import io.exwire.api.exception.ExwireException;
import io.exwire.api.exception.ProtocolException;
import io.exwire.api.exception.SubscriptionRejectedException;
import io.exwire.api.exception.UnknownSymbolException;
import io.exwire.api.model.Symbol;
import io.exwire.core.codec.SymbolTable;
import io.exwire.core.marketdata.PublicSink;
import io.exwire.gateio.wire.Envelope;
import io.exwire.gateio.wire.GateioSymbols;
import io.exwire.gateio.wire.WsErrors;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Correlates subscribe/unsubscribe answers with their requests by the echoed {@code id}. Success is judged by
 * {@code error} being absent or null, never by {@code result.status} (documented as {@code success}, sent as
 * {@code fail}, {@code failed} or null on failures). A refusal names the symbol the venue blamed (the
 * {@code BASE_QUOTE} word of {@code "unknown currency pair NOPE_USDT"}), else the request's only symbol, else none.
 * Requests are registered under the write lock and answered on the dispatch lane, hence the concurrent map.
 */
final class PublicAcks {

    private final Map<Integer, List<Symbol>> pending = new ConcurrentHashMap<>();
    private final SymbolTable symbols;

    PublicAcks(SymbolTable symbols) {
        this.symbols = symbols;
    }

    void sent(int requestId, List<Symbol> requested) {
        pending.put(requestId, List.copyOf(requested));
    }

    void answer(Envelope envelope, PublicSink sink) {
        if (!envelope.hasId()) {
            sink.protocolError(null, new ProtocolException("gateio subscription answer without id on "
                    + envelope.channel()));
            return;
        }
        int id = (int) envelope.id();
        List<Symbol> requested = pending.remove(id);
        if (!envelope.hasError()) {
            sink.acknowledged(id);
            return;
        }
        Symbol blamed = blamed(envelope.errorMessage(), requested);
        sink.rejected(id, rejection(envelope, blamed), blamed);
    }

    private static ExwireException rejection(Envelope envelope, Symbol blamed) {
        String code = Long.toString(envelope.errorCode());
        String text = "gateio refused " + envelope.channel() + (blamed == null ? "" : " for " + blamed)
                + ": code " + code + " " + envelope.errorMessage();
        return WsErrors.isUnknownSymbol(envelope.errorMessage())
                ? new UnknownSymbolException(text, code)
                : new SubscriptionRejectedException(text, code);
    }

    private Symbol blamed(String message, List<Symbol> requested) {
        String venue = WsErrors.blamedVenueSymbol(message);
        Symbol named = venue == null ? null : symbols.lookup(venue);
        if (named != null || requested == null) {
            return named;
        }
        for (Symbol s : requested) {
            if (GateioSymbols.venue(s).equals(venue)) {
                return s;
            }
        }
        return requested.size() == 1 ? requested.get(0) : null;
    }
}
