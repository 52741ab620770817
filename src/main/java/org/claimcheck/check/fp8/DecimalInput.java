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
     * with a digit) with an exponent within ±22 for its first 18 significant digits, stored in {@code values[index]}
     * as a double that rounds as the decimal does in every format. Its first 18 significant digits w and their power
     * of ten q give w · 10^q (within 2 ulps), taken when clear of the lattice as in {@link #parse(String)}, which gives
     * the same double for such a text. The digits past the 18th move the decimal by less than one unit of w's last
     * digit, under 10^-17 of it (w ≥ 10^17), which is under 0.1 ulp: w · 10^q is then within 2.1 ulps of the decimal,
     * well inside the margin of 8, so it is taken on the same test; every digit is read once, and a long decimal costs time linear
     * in its length (the exact path's {@link Double#parseDouble} is not). Anything else (blanks, NaN, Infinity, a
     * value near the lattice, a byte that is not ASCII) is left to {@link #parse(String)}.
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
        int kept = 0;
        int exponent = 0;
        boolean fraction = false;
        int mantissaChars = 0;
        for (; i < limit; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                if (text[i] != '.' || fraction) {
                    break;
                }
                fraction = true;
                continue;
            }
            mantissaChars++;
            if (kept == DecimalSyntax.MAX_DIGITS) {
                // past the 18th significant digit: dropped, its place kept
                exponent += fraction ? 0 : 1;
                continue;
            }
            if (significand != 0 || digit != 0) {
                significand = significand * 10 + digit;
                kept++;
            }
            exponent -= fraction ? 1 : 0;
        }
        int end = mantissaChars == 0 ? -1 : exponentEnd(text, i, limit);
        if (end < 0) {
            return -1;
        }
        exponent += end == i ? 0 : exponentValue(text, i + 1, end);
        double approximate = DecimalSyntax.scaled(negative, significand, exponent);
        if (!clearOfTheLattice(approximate)) {
            return -1;
        }
        values[index] = approximate;
        return end;
    }

    /**
     * Where the exponent part at {@code i} ends: i itself when there is none, −1 when it has no digit or more than 4.
     */
    private static int exponentEnd(byte[] text, int i, int limit) {
        if (i == limit || text[i] != 'e' && text[i] != 'E') {
            return i;
        }
        int j = i + 1;
        if (j < limit && (text[j] == '-' || text[j] == '+')) {
            j++;
        }
        int digitsStart = j;
        while (j < limit && text[j] >= '0' && text[j] <= '9') {
            j++;
        }
        return j == digitsStart || j - digitsStart > DecimalSyntax.MAX_EXPONENT_DIGITS ? -1 : j;
    }

    /** The exponent written in text[from, to): an optional sign and 1 to 4 digits. */
    private static int exponentValue(byte[] text, int from, int to) {
        boolean negative = text[from] == '-';
        int value = 0;
        for (int j = text[from] == '-' || text[from] == '+' ? from + 1 : from; j < to; j++) {
            value = value * 10 + text[j] - '0';
        }
        return negative ? -value : value;
    }

    /**
     * Whether an approximation within 2.1 ulps of a decimal rounds as the decimal does in every format: it is ±0 (a
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
