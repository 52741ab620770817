package org.claimcheck.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis tick labels in Locale.ROOT whatever the machine's locale: up to four significant digits, thousands as k, M, G
 * and T above 10,000 ("16k", "1.5M"), scientific notation below 0.001 ("2.5e-05"). The values written on bars use
 * the same form with three significant digits and the axis' unit when it is a percent ("4.43%").
 */
final class TickFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final int TICK_DIGITS = 4;
    private static final String[] SUFFIXES = {"", "k", "M", "G", "T"};
    private static final double THOUSAND = 1000.0;
    private static final double SUFFIX_FROM = 10_000.0;
    private static final double SCIENTIFIC_BELOW = 1e-3;
    private final int digits;
    private final String suffix;

    /** Tick labels: four significant digits, no unit. */
    TickFormat() {
        this(TICK_DIGITS, "");
    }

    /**
     * @param digits significant digits, 1 to 17
     * @param suffix written after each number ("%"), possibly empty
     */
    TickFormat(int digits, String suffix) {
        this.digits = digits;
        this.suffix = suffix;
    }

    /** The label of one tick value. */
    static String label(double value) {
        return label(value, TICK_DIGITS);
    }

    /** {@code value} to {@code digits} significant digits, suffixed as above. */
    static String label(double value, int digits) {
        double magnitude = Math.abs(value);
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        if (magnitude < SCIENTIFIC_BELOW) {
            return String.format(Locale.ROOT, "%.2e", value).replaceFirst("\\.?0+e", "e");
        }
        int suffix = 0;
        double scaled = value;
        while (magnitude >= SUFFIX_FROM && Math.abs(scaled) >= THOUSAND && suffix < SUFFIXES.length - 1) {
            scaled /= THOUSAND;
            suffix++;
        }
        // never fewer digits than the whole part has: "%.3g" would write 1234 as 1.23e+03
        int whole = (int) Math.floor(Math.log10(Math.abs(scaled))) + 1;
        String written = String.format(Locale.ROOT, "%." + Math.max(digits, whole) + "g", scaled);
        if (written.contains(".") && !written.contains("e")) {
            written = written.replaceFirst("\\.?0+$", "");
        }
        return written + SUFFIXES[suffix];
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number, digits)).append(suffix);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number, digits)).append(suffix);
    }

    /** Tick labels are never parsed back. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are output only");
    }
}
