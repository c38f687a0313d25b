package io.exwire.core.codec;

import io.exwire.api.model.Symbol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(10)
class SymbolTableTest {

    private static final Symbol BTC = Symbol.of("BTC", "USDT");
    private static final Symbol ETH = Symbol.of("ETH", "USDT");

    @Test
    @DisplayName("looks symbols up straight from a range of the frame's characters")
    void charLookup() {
        SymbolTable t = new SymbolTable();
        t.put("BTC_USDT", BTC);
        t.put("ETH_USDT", ETH);
        String frame = "{\"s\":\"ETH_USDT\",\"x\":\"BTC_USDT\"}";
        assertThat(t.lookup(frame, 6, 14)).isEqualTo(ETH);
        assertThat(t.lookup(frame, 21, 29)).isEqualTo(BTC);
        assertThat(t.lookup(frame, 6, 13)).as("a prefix is not a symbol").isNull();
        assertThat(t.lookup("BTC_USDT")).isEqualTo(BTC);
        assertThat(t.lookup("btc_usdt")).isNull();
        assertThat(t.lookup("")).isNull();
    }

    @Test
    @DisplayName("looks symbols up straight from ASCII bytes")
    void byteLookup() {
        SymbolTable t = new SymbolTable();
        t.put("BTCUSDT", BTC);
        byte[] frame = "..BTCUSDT..ETHUSDT".getBytes(StandardCharsets.US_ASCII);
        assertThat(t.lookup(frame, 2, 7)).isEqualTo(BTC);
        assertThat(t.lookup(frame, 11, 7)).isNull();
        assertThat(t.lookup(frame, 2, 6)).isNull();
    }

    @Test
    @DisplayName("slots are dense, stable across replace, remove and re-add, and map back to the current symbol")
    void slots() {
        SymbolTable t = new SymbolTable();
        t.put("BTCUSDT", BTC);
        t.put("ETHUSDT", ETH);
        byte[] frame = "BTCUSDT ETHUSDT XRPUSDT".getBytes(StandardCharsets.US_ASCII);
        assertThat(t.lookupSlot(frame, 0, 7)).isZero();
        assertThat(t.lookupSlot(frame, 8, 7)).isEqualTo(1);
        assertThat(t.lookupSlot(frame, 16, 7)).isEqualTo(-1);
        t.put("BTCUSDT", ETH);
        assertThat(t.lookupSlot(frame, 0, 7)).isZero();
        assertThat(t.symbolAt(0)).isEqualTo(ETH);
        t.remove("BTCUSDT");
        assertThat(t.lookupSlot(frame, 0, 7)).isEqualTo(-1);
        t.put("XRPUSDT", BTC);
        t.put("BTCUSDT", BTC);
        assertThat(t.lookupSlot(frame, 16, 7)).isEqualTo(2);
        assertThat(t.lookupSlot(frame, 0, 7)).isZero();
        assertThat(t.symbolAt(0)).isEqualTo(BTC);
        assertThat(t.symbolAt(t.lookupSlot(frame, 8, 7))).isEqualTo(ETH);
    }

    @Test
    @DisplayName("put replaces a mapping and remove deletes only the one named")
    void replaceAndRemove() {
        SymbolTable t = new SymbolTable();
        t.put("X_USDT", BTC);
        t.put("X_USDT", ETH);
        t.put("BTC_USDT", BTC);
        assertThat(t.lookup("X_USDT")).isEqualTo(ETH);
        t.remove("X_USDT");
        assertThat(t.lookup("X_USDT")).isNull();
        assertThat(t.lookup("BTC_USDT")).isEqualTo(BTC);
        t.remove("NOT_THERE");
        assertThat(t.lookup("BTC_USDT")).isEqualTo(BTC);
    }

    @Test
    @DisplayName("grows past its initial size and still finds every symbol, by chars and by bytes, after removals")
    void growth() {
        SymbolTable t = new SymbolTable();
        List<Symbol> all = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Symbol s = Symbol.of("A" + i, "USDT");
            all.add(s);
            t.put(s.base() + "_USDT", s);
        }
        for (int i = 0; i < 2000; i += 2) {
            t.remove("A" + i + "_USDT");
        }
        for (int i = 0; i < 2000; i++) {
            String venue = "A" + i + "_USDT";
            Symbol expected = i % 2 == 0 ? null : all.get(i);
            assertThat(t.lookup(venue)).as(venue).isEqualTo(expected);
            byte[] b = venue.getBytes(StandardCharsets.US_ASCII);
            assertThat(t.lookup(b, 0, b.length)).as(venue + " by bytes").isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("lookups on other threads always see a complete table while mappings are added")
    void concurrentReadsDuringWrites() throws Exception {
        SymbolTable t = new SymbolTable();
        t.put("BTC_USDT", BTC);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                if (!BTC.equals(t.lookup("BTC_USDT"))) {
                    failure.set("BTC_USDT missing");
                }
            }
        });
        for (int i = 0; i < 3000; i++) {
            t.put("S" + i + "_USDT", Symbol.of("S" + i, "USDT"));
        }
        stop.set(true);
        reader.join(5000);
        assertThat(failure.get()).isNull();
        assertThat(t.lookup("S2999_USDT")).isEqualTo(Symbol.of("S2999", "USDT"));
    }
}
