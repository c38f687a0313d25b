package io.exwire.testkit.mexc;

import io.exwire.api.model.Symbol;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-shot duplicate and reorder faults on the book-update stream of a symbol, applied to the logical update
 * before it is rendered for every subscriber. (A gap is made in the book itself, by skipping an update id.)
 *
 * <p>Thread-safe: arming happens on any thread, {@link #pass} on the market thread.
 */
final class DepthFaultGate {

    private enum Mode { DUPLICATE, REORDER }

    private final Map<Symbol, Mode> armed = new ConcurrentHashMap<>();
    private final Map<Symbol, DepthUpdate> held = new ConcurrentHashMap<>();

    void armDuplicate(Symbol symbol) {
        armed.put(symbol, Mode.DUPLICATE);
    }

    void armReorder(Symbol symbol) {
        armed.put(symbol, Mode.REORDER);
    }

    /**
     * @param update the next update of its symbol
     * @return the updates to send now, in order: usually {@code [update]}; twice when duplicated; none when held
     *         back for a reorder; {@code [update, held]} when releasing a held one
     */
    List<DepthUpdate> pass(DepthUpdate update) {
        Symbol symbol = update.symbol();
        DepthUpdate earlier = held.remove(symbol);
        if (earlier != null) {
            return List.of(update, earlier);
        }
        Mode mode = armed.remove(symbol);
        if (mode == null) {
            return List.of(update);
        }
        if (mode == Mode.DUPLICATE) {
            return List.of(update, update);
        }
        held.put(symbol, update);
        return List.of();
    }

    void reset() {
        armed.clear();
        held.clear();
    }
}
