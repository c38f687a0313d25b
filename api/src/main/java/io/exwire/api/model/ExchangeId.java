package io.exwire.api.model;

/**
 * The identity of a venue as its provider declares it, such as {@code gateio} or {@code mexc}.
 *
 * <p>Deliberately not an enum: a venue is added by dropping in a provider jar, never by editing this module.
 *
 * @param id lower case letters, digits and dashes
 */
public record ExchangeId(String id) {

    /**
     * Validates the id.
     *
     * @throws IllegalArgumentException if the id is empty or not lower case letters, digits and dashes
     */
    public ExchangeId {
        if (id == null || id.isEmpty() || !id.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
            throw new IllegalArgumentException("exchange id must be lower case letters, digits or '-' but was '" + id + "'");
        }
    }

    /**
     * Creates an id.
     *
     * @param id the venue id, e.g. {@code "gateio"}
     * @return the id
     */
    public static ExchangeId of(String id) {
        return new ExchangeId(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
