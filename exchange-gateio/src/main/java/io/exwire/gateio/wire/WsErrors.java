package io.exwire.gateio.wire;

import java.util.Locale;

/**
 * Classifies the {@code error} of a Gate.io subscribe answer. Documented codes: 1 invalid request, 2 invalid
 * argument (unknown symbols say {@code unknown currency pair X} / {@code unknown contract X}), 3 server error, 4
 * authentication failed; older servers reported authentication failures as code 2 with the REST error label
 * ({@code INVALID_KEY}, {@code INVALID_SIGNATURE}, {@code REQUEST_EXPIRED}) in the text, and ccxt also treats codes 6
 * and 11 as authentication errors.
 */
public final class WsErrors {

    private static final String[] UNKNOWN_SYMBOL_TEXTS = {"unknown currency pair", "unknown contract",
        "invalid currency pair", "invalid contract", "contract not found", "currency pair not found"};

    private WsErrors() {
    }

    /**
     * @param code the error code
     * @param message the error message
     * @return whether the venue refused the credentials, signature or clock
     */
    public static boolean isAuthentication(long code, String message) {
        if (code == 4 || code == 6 || code == 11) {
            return true;
        }
        for (String label : RestErrors.AUTH_LABELS) {
            if (message.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param message the error message
     * @return whether the venue does not know a symbol of the request
     */
    public static boolean isUnknownSymbol(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        for (String text : UNKNOWN_SYMBOL_TEXTS) {
            if (lower.contains(text)) {
                return true;
            }
        }
        for (String label : RestErrors.SYMBOL_LABELS) {
            if (message.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the last {@code BASE_QUOTE}-shaped word of a message, e.g. {@code NOPE_USDT} in
     * {@code "unknown currency pair NOPE_USDT"}.
     *
     * @param message the error message
     * @return the venue symbol, or null when there is none
     */
    public static String blamedVenueSymbol(String message) {
        String found = null;
        int i = 0;
        while (i < message.length()) {
            int start = i;
            while (i < message.length() && isSymbolChar(message.charAt(i))) {
                i++;
            }
            if (i > start && GateioSymbols.parseUncached(message.substring(start, i)) != null) {
                found = message.substring(start, i);
            }
            i++;
        }
        return found;
    }

    private static boolean isSymbolChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
