package io.exwire.testkit.mexc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.exwire.api.model.Decimal;

/**
 * JSON helpers of the simulator (cold path, Jackson tree model). Decimals are written as plain JSON numbers or
 * strings exactly as {@link Decimal#toString()} prints them, never through {@code double}. Thread-safe.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * Puts a decimal as a JSON number.
     *
     * @param node the object
     * @param name the field
     * @param value the value
     * @return the object
     */
    static ObjectNode number(ObjectNode node, String name, Decimal value) {
        node.putRawValue(name, new RawValue(value.toString()));
        return node;
    }

    /**
     * Adds a decimal as a JSON number.
     *
     * @param array the array
     * @param value the value
     * @return the array
     */
    static ArrayNode number(ArrayNode array, Decimal value) {
        array.addRawValue(new RawValue(value.toString()));
        return array;
    }

    /**
     * @param text a frame or body
     * @return the parsed tree, or null if it is not a JSON object
     */
    static JsonNode parseObject(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * @param text a body
     * @return the parsed tree, or null if it is not JSON
     */
    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * @param node a JSON number or string
     * @return its decimal text in plain notation
     */
    static String decimalText(JsonNode node) {
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + node.getNodeType(), e);
        }
    }

    /**
     * @param node an object
     * @param name a field
     * @return the field as text, or null if absent or null
     */
    static String text(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
