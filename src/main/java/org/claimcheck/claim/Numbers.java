package org.claimcheck.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.claimcheck.unit.Unit;

/** Formats numbers for people: {@link Locale#ROOT}, at most 6 significant digits, no exponent for ordinary sizes. */
public final class Numbers {

    private static final MathContext SIX_DIGITS = new MathContext(6);
    /** The scales from the largest down. */
    private static final List<Scale> SCALES = List.of(new Scale(1e12, "T"), new Scale(1e9, "B"), new Scale(1e6, "M"),
            new Scale(1e3, "K"));

    private Numbers() {
    }

    /**
     * For people reading large counts: 671026419200 → "671.026B", 2788000 → "2.788M", 37550000000 → "37.55B";
     * values below a million as {@link #format(double)}.
     */
    public static String human(double value) {
        return human(value, scaleOf(value, false));
    }

    /**
     * A value in {@code unit}'s terms for people, as {@link #human(double)} writes numbers: "500M parameters", "0.5%",
     * "-$2.5M"; and dollars from a thousand up in thousands, as money is written: "$500K", not "$500000".
     */
    public static String human(double value, Unit unit) {
        return withUnit(human(value, scaleOf(value, unit == Unit.USD)), unit);
    }

    private static String human(double value, Scale scale) {
        if (scale.factor() == 1) {
            return format(value);
        }
        return format(new BigDecimal(value / scale.factor()).round(SIX_DIGITS).doubleValue()) + scale.suffix();
    }

    /**
     * The scale a value is written at for people: a million ("M"), a billion ("B") or a trillion ("T"), the largest
     * that the value reaches; a thousand ("K") too when {@code thousands}; 1 and no suffix below those, from 10^18 up
     * and for infinities and NaN.
     */
    public static Scale scaleOf(double value, boolean thousands) {
        double magnitude = Math.abs(value);
        if (!Double.isFinite(value) || magnitude >= 1e18) {
            return Scale.ONE;
        }
        for (Scale scale : SCALES) {
            if (magnitude >= scale.factor() && (thousands || scale.factor() >= 1e6)) {
                return scale;
            }
        }
        return Scale.ONE;
    }

    /**
     * A scale numbers are written at.
     *
     * @param factor the value of one unit of the scale: 1, 1e3, 1e6, 1e9 or 1e12
     * @param suffix written after the scaled number: "", "K", "M", "B" or "T"
     */
    public record Scale(double factor, String suffix) {
        static final Scale ONE = new Scale(1, "");
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
