package io.exwire.gateio.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.exwire.api.exception.ProtocolException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree for REST bodies (cold path), read with Jackson's streaming parser: objects become
 * {@code Map<String, Object>}, arrays {@code List<Object>}, strings {@code String}, numbers {@link Num} (their exact
 * text, so ids beyond 2^53 and decimals stay exact), booleans {@code Boolean}, {@code null} null.
 */
public final class JsonTree {

    /**
     * A JSON number as its exact text.
     *
     * @param text the digits as sent
     */
    public record Num(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /**
     * Parses a document.
     *
     * @param json the text
     * @return the root value
     * @throws ProtocolException when the text is not JSON
     */
    public static Object parse(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ProtocolException("empty JSON body");
            }
            return value(p, first);
        } catch (IOException e) {
            throw new ProtocolException("malformed JSON body: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Object value(JsonParser p, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Num(p.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            map.put(name, value(p, p.nextToken()));
        }
        return map;
    }

    private static List<Object> array(JsonParser p) throws IOException {
        List<Object> list = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            list.add(value(p, t));
        }
        return list;
    }

    /**
     * @param value a parsed value
     * @return the value as an object's fields
     * @throws ProtocolException when it is not an object
     */
    public static TreeFields object(Object value) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) map;
            return new TreeFields(fields);
        }
        throw new ProtocolException("expected a JSON object");
    }

    /**
     * @param value a parsed value
     * @return the elements of an array, or the value itself as a one-element list when it is an object (Gate.io
     *     sends some documented arrays as bare objects)
     * @throws ProtocolException when it is neither
     */
    public static List<Object> list(Object value) {
        if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> elements = (List<Object>) list;
            return elements;
        }
        if (value instanceof Map<?, ?>) {
            return List.of(value);
        }
        throw new ProtocolException("expected a JSON array");
    }
}
