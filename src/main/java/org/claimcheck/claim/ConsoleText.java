package org.claimcheck.claim;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Text from the input made safe to show: every character that could move a terminal's cursor, start an escape
 * sequence, break a line or reorder the text around it is shown as a visible escape instead.
 *
 * <p>{@link #escape} is for one line of a terminal or a CI log. It escapes the C0 controls U+0000–U+001F (tab, line
 * feed and carriage return as {@code \t}, {@code \n}, {@code \r}; the others as <code>&#92;u001b</code>), DEL U+007F,
 * the C1 controls U+0080–U+009F, the line and paragraph separators U+2028 and U+2029, and the Unicode bidirectional
 * formatting characters (UAX #9, section 2): U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069.
 *
 * <p>{@link #escapeControls} is for a page, which keeps its tabs, line breaks and bidi marks and isolates the text
 * instead: it escapes the same but for tab, line feed and the bidi formatting characters. A carriage return, NEL or
 * paragraph separator would otherwise end the bidi paragraph inside an isolating element and let a following override
 * reorder the page (UAX #9, rule X8).
 *
 * <p>A backslash is left as it is: the escapes are for reading, not for parsing back.
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /** {@code text} for one line of a terminal: each character listed above replaced by its visible escape. */
    public static String escape(String text) {
        return escape(text, c -> c == '\t' || c == '\n' || isControl(c) || isBidiFormatting(c));
    }

    /** {@code text} for a page: its controls but tab and line feed replaced by their visible escapes. */
    public static String escapeControls(String text) {
        return escape(text, ConsoleText::isControl);
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

    private static String escape(String text, IntPredicate unsafe) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe.test(c)) {
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

    /** C0 but tab and line feed, DEL, C1, and the line and paragraph separators. */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029;
    }

    private static boolean isBidiFormatting(int c) {
        return c == 0x061c || c == 0x200e || c == 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }
}
