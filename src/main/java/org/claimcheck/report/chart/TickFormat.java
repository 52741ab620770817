package org.claimcheck.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis tick labels in Locale.ROOT whatever the machine's locale: up to four significant digits, thousands as k, M, G
 * and T above 10,000 ("16k", "1.5M"), scientific notation below 0.001 ("2.5e-05").
 */
final class TickFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final String[] SUFFIXES = {"", "k", "M", "G", "T"};
    private static final double THOUSAND = 1000.0;
    private static final double SUFFIX_FROM = 10_000.0;
    private static final double SCIENTIFIC_BELOW = 1e-3;

    /** The label of one tick value. */
    static String label(double value) {
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
        String digits = String.format(Locale.ROOT, "%.4g", scaled);
        if (digits.contains(".") && !digits.contains("e")) {
            digits = digits.replaceFirst("\\.?0+$", "");
        }
        return digits + SUFFIXES[suffix];
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    /** Tick labels are never parsed back. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are output only");
    }
}
