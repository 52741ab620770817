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

    /** A count with digit grouping, locale-independent: {@code 671,026,419,200}. */
    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A count in billions with two decimals: {@code 671.03B}. */
    static String billions(long value) {
        return String.format(Locale.ROOT, "%.2fB", value / 1e9);
    }
}
