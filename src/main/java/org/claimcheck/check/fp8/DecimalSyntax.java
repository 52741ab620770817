package org.claimcheck.check.fp8;

/**
 * The syntax {@link DecimalInput} accepts, checked in one pass: {@code [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?}, or an
 * optional sign and {@code NaN} or {@code Infinity}. What {@link Double#parseDouble} also takes (hexadecimal, a
 * trailing {@code d} or {@code f}, inner blanks) is refused.
 */
final class DecimalSyntax {

    private DecimalSyntax() {
    }

    /** Whether {@code text[from, to)} is a decimal, NaN or Infinity with an optional sign. */
    static boolean matches(String text, int from, int to) {
        int i = from;
        if (i < to && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        if (text.startsWith("NaN", i) || text.startsWith("Infinity", i)) {
            return to - i == (text.charAt(i) == 'N' ? 3 : 8);
        }
        int integerDigits = digits(text, i, to);
        i += integerDigits;
        int fractionDigits = 0;
        if (i < to && text.charAt(i) == '.') {
            fractionDigits = digits(text, i + 1, to);
            i += 1 + fractionDigits;
        }
        if (integerDigits + fractionDigits == 0) {
            return false;
        }
        if (i < to && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < to && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = digits(text, i, to);
            if (exponentDigits == 0) {
                return false;
            }
            i += exponentDigits;
        }
        return i == to;
    }

    private static int digits(String text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
