package org.claimcheck.check.fp8;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decimal text to a double that rounds to the same value as the decimal itself in every format of the lab.
 *
 * <p>Parsing a decimal to the nearest double and then rounding that double to a format can round twice wrongly: a
 * decimal just above a midpoint of the format may parse exactly onto the midpoint and then tie to even. Every
 * midpoint of these formats is a double, so nudging the parsed double one ulp toward the decimal's exact value when
 * the parse was inexact keeps it strictly on the decimal's side of every midpoint.
 */
public final class DecimalInput {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?NaN|[+-]?Infinity");

    private DecimalInput() {
    }

    /**
     * The double to round for a line of text: a decimal number ({@code -1.5}, {@code 6e-3}), {@code NaN},
     * {@code Infinity} or {@code -Infinity}, surrounding blanks ignored.
     *
     * @return empty when the text is not one of those
     */
    public static Optional<Double> parse(String text) {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        double nearest = Double.parseDouble(trimmed);
        if (Double.isNaN(nearest) || Double.isInfinite(nearest) || trimmed.endsWith("Infinity")) {
            return Optional.of(nearest);
        }
        int side;
        try {
            side = exact(trimmed).compareTo(new BigDecimal(nearest));
        } catch (NumberFormatException e) {
            // An exponent beyond BigDecimal's range: the parse gave ±0 or ±Infinity, which round like the decimal.
            return Optional.of(nearest);
        }
        if (side > 0) {
            return Optional.of(Math.nextUp(nearest));
        }
        return Optional.of(side < 0 ? Math.nextDown(nearest) : nearest);
    }

    private static BigDecimal exact(String decimal) {
        return new BigDecimal(decimal.startsWith("+") ? decimal.substring(1) : decimal);
    }
}
