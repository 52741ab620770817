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
            long lowBits = Double.doubleToRawLongBits(approximate) & LOW_28_BITS;
            if (approximate == 0 || lowBits >= LATTICE_MARGIN_ULPS && lowBits <= LOW_28_BITS - LATTICE_MARGIN_ULPS) {
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
