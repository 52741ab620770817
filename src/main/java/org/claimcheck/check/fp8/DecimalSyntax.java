package org.claimcheck.check.fp8;

/**
 * The syntax {@link DecimalInput} accepts, checked in one pass: {@code [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?}, or an
 * optional sign and {@code NaN} or {@code Infinity}. What {@link Double#parseDouble} also takes (hexadecimal, a
 * trailing {@code d} or {@code f}, inner blanks) is refused. For the common decimal of at most 18 significant digits
 * and a decimal exponent within ±22 it also gives a close double, w · 10^q in two correctly rounded operations.
 */
final class DecimalSyntax {

    /** 10^0 … 10^22, each exact in a double (10^22 = 2^22 · 5^22, and 5^22 &lt; 2^53). */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** More significant digits than this may not fit a long's 63 bits: 10^18 &lt; 2^63. */
    static final int MAX_DIGITS = 18;
    static final int MAX_EXPONENT_DIGITS = 4;

    private DecimalSyntax() {
    }

    /**
     * w · 10^q for a decimal text that {@link #matches} (not NaN or Infinity): the significand w as a long of at most
     * 18 digits, converted to double (≤ ½ ulp off), then multiplied or divided by the exact 10^|q| (≤ ½ ulp more),
     * so the result is within 2 ulps of the decimal's exact value.
     *
     * @return the double, ±0 for a zero, or NaN when the decimal has more than 18 significant digits or |q| &gt; 22
     */
    static double approximate(String text, int from, int to) {
        int i = from;
        boolean negative = text.charAt(i) == '-';
        if (negative || text.charAt(i) == '+') {
            i++;
        }
        long significand = 0;
        int digits = 0;
        int exponent = 0;
        boolean fraction = false;
        for (; i < to && text.charAt(i) != 'e' && text.charAt(i) != 'E'; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                fraction = true;
                continue;
            }
            if (significand != 0 || c != '0') {
                if (++digits > MAX_DIGITS) {
                    return Double.NaN;
                }
                significand = significand * 10 + (c - '0');
            }
            exponent -= fraction ? 1 : 0;
        }
        if (i < to && to - i - 1 > MAX_EXPONENT_DIGITS + 1) {
            return Double.NaN;
        }
        exponent += i < to ? Integer.parseInt(text, i + 1, to, 10) : 0;
        return scaled(negative, significand, exponent);
    }

    /** ±w · 10^q in two correctly rounded operations, ±0 for w = 0, NaN for |q| &gt; 22. */
    static double scaled(boolean negative, long significand, int exponent) {
        if (significand == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (exponent < -22 || exponent > 22) {
            return Double.NaN;
        }
        double magnitude = exponent >= 0 ? significand * POWERS_OF_TEN[exponent]
                : significand / POWERS_OF_TEN[-exponent];
        return negative ? -magnitude : magnitude;
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
