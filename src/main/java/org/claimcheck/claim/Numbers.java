package org.claimcheck.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.claimcheck.unit.Unit;

/** Formats numbers for people: {@link Locale#ROOT}, at most 6 significant digits, no exponent for ordinary sizes. */
public final class Numbers {

    private static final MathContext SIX_DIGITS = new MathContext(6);

    private Numbers() {
    }

    /**
     * For people reading large counts: 671026419200 → "671.026B", 2788000 → "2.788M", 37550000000 → "37.55B";
     * values below a million as {@link #format(double)}.
     */
    public static String human(double value) {
        double magnitude = Math.abs(value);
        if (!Double.isFinite(value) || magnitude < 1e6 || magnitude >= 1e18) {
            return format(value);
        }
        String[] suffixes = {"M", "B", "T"};
        double[] scales = {1e6, 1e9, 1e12};
        int index = magnitude >= 1e12 ? 2 : magnitude >= 1e9 ? 1 : 0;
        return format(new BigDecimal(value / scales[index]).round(SIX_DIGITS).doubleValue()) + suffixes[index];
    }

    /**
     * A value in {@code unit}'s terms for people, as {@link #human(double)} writes numbers: "500M parameters", "0.5%",
     * "-$2.5M"; and dollars from a thousand up in thousands, as money is written: "$500K", not "$500000".
     */
    public static String human(double value, Unit unit) {
        double magnitude = Math.abs(value);
        if (unit == Unit.USD && magnitude >= 1e3 && magnitude < 1e6) {
            return withUnit(format(new BigDecimal(value / 1e3).round(SIX_DIGITS).doubleValue()) + "K", unit);
        }
        return withUnit(human(value), unit);
    }

    /**
     * A number already written, with its unit as people write it: "90.9%", "1.2x", "$5.6M", "-$1.2M",
     * "671B parameters".
     */
    public static String withUnit(String number, Unit unit) {
        if (unit == Unit.USD) {
            return number.startsWith("-") ? "-$" + number.substring(1) : "$" + number;
        }
        return number + (unit == Unit.PERCENT || unit == Unit.TIMES ? "" : " ") + unit.symbol();
    }

    /**
     * {@link #human(double)} after rounding to {@code significantDigits}: 228910115200 to 3 digits → "229B".
     *
     * @throws IllegalArgumentException when significantDigits &lt; 1
     */
    public static String human(double value, int significantDigits) {
        if (significantDigits < 1) {
            throw new IllegalArgumentException("significantDigits must be >= 1, got " + significantDigits);
        }
        if (!Double.isFinite(value)) {
            return format(value);
        }
        return human(new BigDecimal(value).round(new MathContext(significantDigits)).doubleValue());
    }

    /** 0.84 → "0.84", 671026419200 → "671026419200", 3.29e24 → "3.29e24", 1.0/3 → "0.333333". */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(SIX_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e15 || magnitude < 1e-6) {
            return String.format(Locale.ROOT, "%.5e", rounded.doubleValue()).replaceAll("\\.?0+e", "e")
                    .replace("e+", "e").replaceAll("e(-?)0+(\\d)", "e$1$2");
        }
        return rounded.toPlainString();
    }
}
