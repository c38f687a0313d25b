package io.exwire.gateio.wire;

import io.exwire.api.exception.ProtocolException;
import io.exwire.api.model.Decimal;

import java.util.List;
import java.util.Map;

/**
 * {@link Fields} over a parsed REST object ({@link JsonTree}).
 *
 * @param map the object's fields
 */
public record TreeFields(Map<String, Object> map) implements Fields {

    @Override
    public boolean has(String name) {
        return map.get(name) != null;
    }

    @Override
    public String string(String name) {
        Object v = map.get(name);
        return v instanceof String || v instanceof JsonTree.Num || v instanceof Boolean ? v.toString() : null;
    }

    @Override
    public Decimal decimal(String name) {
        String text = string(name);
        if (text == null || text.isEmpty() || map.get(name) instanceof Boolean) {
            return null;
        }
        try {
            return Decimal.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ProtocolException("field '" + name + "' is not a decimal number");
        }
    }

    /**
     * @param name a field holding an array (or a bare object)
     * @return its elements, empty when absent
     */
    public List<Object> list(String name) {
        Object v = map.get(name);
        return v == null ? List.of() : JsonTree.list(v);
    }

    /**
     * @param name a field holding an object
     * @return the nested object's fields
     */
    public TreeFields object(String name) {
        return JsonTree.object(map.get(name));
    }
}
