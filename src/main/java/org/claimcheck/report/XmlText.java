package org.claimcheck.report;

import org.claimcheck.claim.ConsoleText;

/**
 * Text for an XML 1.0 document written by hand. Markup characters become entities; a character that XML 1.0 does not
 * allow at all (the C0 controls but tab, line feed and carriage return; a lone surrogate; U+FFFE and U+FFFF; see
 * production [2] Char of https://www.w3.org/TR/xml/#charsets) becomes its visible escape ({@link ConsoleText#escaped}),
 * so that any text gives a document that parses. Characters outside the BMP are written as they are.
 */
final class XmlText {

    private XmlText() {
    }

    /**
     * {@code text} for an attribute value in double quotes. Tab, line feed and carriage return are character
     * references too, since a parser would otherwise normalise each to a space
     * (https://www.w3.org/TR/xml/#AVNormalize).
     */
    static String attribute(String text) {
        return escape(text, true);
    }

    /** {@code text} for element content. A carriage return is a reference, since a parser would drop it from CR LF. */
    static String content(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!isXmlChar(c)) {
                out.append(ConsoleText.escaped(c));
            } else {
                out.append(switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> attribute ? "&quot;" : "\"";
                    case '\t' -> attribute ? "&#9;" : "\t";
                    case '\n' -> attribute ? "&#10;" : "\n";
                    case '\r' -> "&#13;";
                    default -> String.valueOf(c);
                });
            }
        }
        return out.toString();
    }

    /** Whether a UTF-16 unit that is not part of a surrogate pair is an XML 1.0 Char. */
    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xd7ff || c >= 0xe000 && c <= 0xfffd;
    }
}
