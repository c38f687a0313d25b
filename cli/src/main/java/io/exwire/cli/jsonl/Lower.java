package io.exwire.cli.jsonl;

import java.util.Locale;

/** Lower-case enum names for JSON values ({@code PARTIALLY_FILLED} → {@code partially_filled}), computed once per enum. */
public final class Lower {

    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return names;
        }
    };

    private Lower() {
    }

    /**
     * @param value an enum constant, or null
     * @return its lower-case name, or null
     */
    public static String of(Enum<?> value) {
        return value == null ? null : NAMES.get(value.getDeclaringClass())[value.ordinal()];
    }
}
