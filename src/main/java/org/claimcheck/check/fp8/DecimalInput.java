package org.claimcheck.check.fp8;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Decimal text to a double that rounds to the same value as the decimal itself in every format of the lab.
 *
 * <p>Parsing a decimal to the nearest double and then rounding that double to a format can round twice wrongly only
 * when the nearest double is itself a midpoint between two codes of the format: a decimal just above (or below) the
 * midpoint parses exactly onto it and then ties to even. Everywhere else the decimal and its nearest double lie on
 * the same side of every midpoint, since each midpoint is a double and would otherwise be nearer. Every midpoint of
 * the lab's formats (FP32's included) has at most 25 significant bits, so its low 28 mantissa bits are zero: only
 * for such a double is the decimal compared exactly with it, and nudged one ulp toward the decimal when they differ,
 * which keeps it strictly on the decimal's side of that midpoint. The syntax is checked by hand, without a regular
 * expression, in one pass over the text.
 *
 * <p>Most lines need not even the nearest double. A decimal of at most 18 digits with an exponent within ±22 is first
 * computed as w · 10^q ({@link DecimalSyntax#approximate}), within 2 ulps of its exact value. When that double is
 * more than 8 ulps from every double with 28 low zero bits (every value and midpoint of every format lies on that
 * lattice), the decimal and it lie strictly between the same two lattice points, so they round alike in every
 * format, and it is returned as it is. Only the other lines (about one in 2^24 of random decimals, besides short
 * binary fractions such as 0.5) go through {@link Double#parseDouble} and the exact comparison above.
 */
public final class DecimalInput {

    /** A double whose low 28 mantissa bits are not all zero has more than 25 significant bits: no midpoint. */
    private static final long LOW_28_BITS = (1L << 28) - 1;
    /** How far, in ulps, an approximate double must stay from the lattice: 4 times its error bound of 2 ulps. */
    private static final long LATTICE_MARGIN_ULPS = 8;

    private DecimalInput() {
    }

    /**
     * The double to round for a line of text: a decimal number ({@code -1.5}, {@code 6e-3}), {@code NaN},
     * {@code Infinity} or {@code -Infinity}, surrounding blanks ignored.
     *
     * @return empty when the text is not one of those
     */
    public static Optional<Double> parse(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (!DecimalSyntax.matches(text, from, to)) {
            return Optional.empty();
        }
        if (text.charAt(to - 1) != 'N' && text.charAt(to - 1) != 'y') {
            double approximate = DecimalSyntax.approximate(text, from, to);
            if (clearOfTheLattice(approximate)) {
                return Optional.of(approximate);
            }
        }
        String number = from == 0 && to == text.length() ? text : text.substring(from, to);
        double nearest = Double.parseDouble(number);
        if ((Double.doubleToRawLongBits(nearest) & LOW_28_BITS) != 0 || !Double.isFinite(nearest)) {
            return Optional.of(nearest);
        }
        return Optional.of(towardDecimal(number, nearest));
    }

    /**
     * The common line read straight from its bytes, in one pass: a plain decimal ({@code [+-]?d*(.d*)?([eE][+-]?d+)?}
     * with a digit) of at most 18 significant digits and an exponent within ±22, whose w · 10^q lies clear of the
     * lattice, stored in {@code values[index]}: the double {@link #parse(String)} gives the same text. Anything else
     * (blanks, NaN, Infinity, more digits, a value near the lattice, a byte that is not ASCII) is left to
     * {@link #parse(String)}.
     *
     * @param text  bytes, read from {@code from} up to at most {@code limit}
     * @param from  where the number starts, ≥ 0
     * @param limit one past the last byte that may be read, ≤ text.length
     * @return the index of the first byte after the number, or −1 when this method does not decide the text
     */
    public static int parsePlain(byte[] text, int from, int limit, double[] values, int index) {
        int i = from;
        boolean negative = i < limit && text[i] == '-';
        if (i < limit && (negative || text[i] == '+')) {
            i++;
        }
        long significand = 0;
        int digits = 0;
        int exponent = 0;
        int start = i;
        for (int digit; i < limit && (digit = text[i] - '0') >= 0 && digit <= 9; i++) {
            if (significand != 0 || digit != 0) {
                significand = significand * 10 + digit;
                digits++;
            }
        }
        int mantissaChars = i - start;
        if (i < limit && text[i] == '.') {
            int fractionStart = ++i;
            for (int digit; i < limit && (digit = text[i] - '0') >= 0 && digit <= 9; i++) {
                if (significand != 0 || digit != 0) {
                    significand = significand * 10 + digit;
                    digits++;
                }
            }
            exponent = fractionStart - i;
            mantissaChars += i - fractionStart;
        }
        // a long holds 18 digits; more may have wrapped, and those are left to parse(String)
        if (mantissaChars == 0 || digits > DecimalSyntax.MAX_DIGITS) {
            return -1;
        }
        if (i < limit && (text[i] == 'e' || text[i] == 'E')) {
            i++;
            boolean negativeExponent = i < limit && text[i] == '-';
            if (i < limit && (negativeExponent || text[i] == '+')) {
                i++;
            }
            int exponentStart = i;
            int written = 0;
            for (int digit; i < limit && (digit = text[i] - '0') >= 0 && digit <= 9; i++) {
                written = written * 10 + digit;
            }
            if (i == exponentStart || i - exponentStart > DecimalSyntax.MAX_EXPONENT_DIGITS) {
                return -1;
            }
            exponent += negativeExponent ? -written : written;
        }
        double approximate = DecimalSyntax.scaled(negative, significand, exponent);
        if (!clearOfTheLattice(approximate)) {
            return -1;
        }
        values[index] = approximate;
        return i;
    }

    /**
     * Whether an approximation within 2 ulps of a decimal rounds as the decimal does in every format: it is ±0 (a
     * zero decimal), or more than 8 ulps from every double with 28 low zero bits. False for NaN.
     */
    private static boolean clearOfTheLattice(double approximate) {
        long lowBits = Double.doubleToRawLongBits(approximate) & LOW_28_BITS;
        return approximate == 0 || lowBits >= LATTICE_MARGIN_ULPS && lowBits <= LOW_28_BITS - LATTICE_MARGIN_ULPS;
    }

    /** {@code nearest}, or its neighbour toward the decimal's exact value when the two differ. */
    private static double towardDecimal(String decimal, double nearest) {
        int side;
        try {
            side = new BigDecimal(decimal.startsWith("+") ? decimal.substring(1) : decimal)
                    .compareTo(new BigDecimal(nearest));
        } catch (NumberFormatException e) {
            // An exponent beyond BigDecimal's range: the parse gave ±0, which rounds like the decimal.
            return nearest;
        }
        if (side > 0) {
            return Math.nextUp(nearest);
        }
        return side < 0 ? Math.nextDown(nearest) : nearest;
    }
}
