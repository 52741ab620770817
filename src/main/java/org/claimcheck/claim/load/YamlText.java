package org.claimcheck.claim.load;

/** Text written into YAML that {@code init} generates: double-quoted scalars that read back exactly as given. */
final class YamlText {

    private YamlText() {
    }

    /**
     * {@code text} as a YAML double-quoted scalar (YAML 1.2 §7.3.1): backslash and double quote escaped, every control
     * character, the line and paragraph separators, the next-line character and a byte-order mark written as
     * {@code \\uXXXX}, so that the scalar is one line and reads back as {@code text}.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                    || Character.isSurrogate(c) && !validPair(text, i)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Whether the surrogate at {@code i} is half of a well-formed pair. */
    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
