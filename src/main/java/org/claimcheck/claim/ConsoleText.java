package org.claimcheck.claim;

import java.util.Locale;

/**
 * Text from the input made safe for one line of a terminal or a CI log: every character that could move the cursor,
 * start an escape sequence, break the line or reorder the text around it is shown as a visible escape instead.
 *
 * <p>Escaped are the C0 controls U+0000–U+001F (tab, line feed and carriage return as {@code \t}, {@code \n},
 * {@code \r}; the others as <code>&#92;u001b</code>), DEL U+007F, the C1 controls U+0080–U+009F, the line and paragraph
 * separators U+2028 and U+2029, and the Unicode bidirectional formatting characters (UAX #9, section 2): U+061C,
 * U+200E, U+200F, U+202A–U+202E and U+2066–U+2069. A backslash is left as it is: the escapes are for reading, not
 * for parsing back.
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /** {@code text} with each character listed above replaced by its visible escape; one line, if it was several. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(escaped(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The visible escape of one UTF-16 unit: {@code \t}, {@code \n}, {@code \r}, else <code>&#92;u</code> + 4 hex. */
    public static String escaped(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
        };
    }

    private static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x061c || c == 0x200e || c == 0x200f
                || c == 0x2028 || c == 0x2029 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }
}
