package io.exwire.gateio.wire;

/** JSON string escaping for the cold paths (requests, rare escaped values). */
public final class JsonStrings {

    private JsonStrings() {
    }

    /**
     * Appends {@code value} as a quoted JSON string.
     *
     * @param out the destination
     * @param value the text
     * @return {@code out}
     */
    public static StringBuilder quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }

    /**
     * Resolves JSON escapes in the content of a string literal (without its quotes).
     *
     * @param raw the escaped content
     * @return the unescaped text
     */
    public static String unescape(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                sb.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            if (e == 'u' && i + 4 < raw.length()) {
                sb.append((char) Integer.parseInt(raw, i + 1, i + 5, 16));
                i += 4;
            } else {
                sb.append(simpleEscape(e));
            }
        }
        return sb.toString();
    }

    private static char simpleEscape(char e) {
        return switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            default -> e;
        };
    }
}
