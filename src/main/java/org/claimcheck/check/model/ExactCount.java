package org.claimcheck.check.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimcheck.check.SourcedValue;

/**
 * An exact count (parameters, bytes, elements) with the config fields it used and its working in words: one piece of
 * a check's measurement. Not a derivation, which is the verdict's word for a whole interpretation's result.
 *
 * @param value  the count, exact
 * @param inputs the fields used, each with its source
 * @param steps  the working, one line a step
 */
record ExactCount(long value, List<SourcedValue> inputs, List<String> steps) {

    public ExactCount {
        Objects.requireNonNull(inputs, "inputs");
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
    }

    /**
     * A count with digit grouping, locale-independent: {@code 671,026,419,200}, as {@code String.format(Locale.ROOT,
     * "%,d", value)} writes it. Built by hand: the steps of the model checks call it hundreds of times, and the
     * formatter, which parses its pattern on every call, was the most sampled code under them on a cold JVM.
     */
    static String grouped(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int count = digits.length() - sign;
        StringBuilder text = new StringBuilder(digits.length() + count / 3);
        text.append(digits, 0, sign);
        for (int i = 0; i < count; i++) {
            if (i > 0 && (count - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(sign + i));
        }
        return text.toString();
    }

    /** A count in billions with two decimals: {@code 671.03B}. */
    static String billions(long value) {
        return String.format(Locale.ROOT, "%.2fB", value / 1e9);
    }
}
