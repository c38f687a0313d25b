package io.exwire.testkit.gateio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exwire.api.model.Decimal;
import io.exwire.api.model.Symbol;
import io.exwire.testkit.market.Decimals;

import java.io.UncheckedIOException;

/**
 * Jackson helpers for Gate.io shapes: symbol spelling ({@code BTC_USDT}), decimals as strings or plain JSON
 * numbers, and futures sizes as integers (truncated toward zero) or decimal strings depending on
 * {@code X-Gate-Size-Decimal}. Thread-safe.
 */
public final class GateioJson {

    /** The shared mapper; writes {@code BigDecimal} in plain notation. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private GateioJson() {
    }

    /** @return a new object node */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new array node */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * @param node a node
     * @return its compact JSON text
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param symbol a symbol
     * @return Gate.io's spelling, e.g. {@code BTC_USDT}
     */
    public static String venueSymbol(Symbol symbol) {
        return symbol.base() + "_" + symbol.quote();
    }

    /**
     * @param text Gate.io's spelling
     * @return the symbol, or null if not of the form {@code BASE_QUOTE}
     */
    public static Symbol parseSymbol(String text) {
        int us = text == null ? -1 : text.indexOf('_');
        if (us <= 0 || us != text.lastIndexOf('_') || us == text.length() - 1) {
            return null;
        }
        try {
            return Symbol.of(text.substring(0, us), text.substring(us + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param value a decimal
     * @return its plain string, e.g. {@code "0.1"}
     */
    public static String str(Decimal value) {
        return value.toString();
    }

    /**
     * Puts a decimal as a JSON number.
     *
     * @param node the target
     * @param field the field
     * @param value the value
     */
    public static void number(ObjectNode node, String field, Decimal value) {
        node.put(field, value.toBigDecimal().stripTrailingZeros());
    }

    /**
     * Puts a futures size the way the connection asked for it: a decimal string with {@code X-Gate-Size-Decimal: 1},
     * otherwise an integer truncated toward zero.
     *
     * @param node the target
     * @param field the field
     * @param size the size
     * @param decimalSizes whether decimal sizes were requested
     */
    public static void size(ObjectNode node, String field, Decimal size, boolean decimalSizes) {
        if (decimalSizes) {
            node.put(field, size.toString());
        } else {
            node.put(field, Decimals.truncate(size));
        }
    }

    /**
     * Adds a futures size to an array, as {@link #size(ObjectNode, String, Decimal, boolean)} does.
     *
     * @param array the target
     * @param size the size
     * @param decimalSizes whether decimal sizes were requested
     */
    public static void addSize(ArrayNode array, Decimal size, boolean decimalSizes) {
        if (decimalSizes) {
            array.add(size.toString());
        } else {
            array.add(Decimals.truncate(size));
        }
    }

    /**
     * Puts a user id as a JSON number when numeric, else as a string.
     *
     * @param node the target
     * @param field the field
     * @param userId the user id
     */
    public static void userNumber(ObjectNode node, String field, String userId) {
        try {
            node.put(field, Long.parseLong(userId));
        } catch (NumberFormatException e) {
            node.put(field, userId);
        }
    }

    /**
     * @param millis epoch milliseconds
     * @return fractional milliseconds as Gate.io's spot trades write them, e.g. {@code "1606292218213.4578"}
     */
    public static String fractionalMillis(long millis) {
        return millis + ".0000";
    }
}
