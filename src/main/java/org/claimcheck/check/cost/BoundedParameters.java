package org.claimcheck.check.cost;

import java.util.List;
import java.util.Locale;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Parameters;

/**
 * Reads optional check parameters with a default and a valid range, so that every check of the lab words its
 * errors the same way: {@code steps: expected an integer in [1, 10000], got 0}.
 */
public final class BoundedParameters {

    private BoundedParameters() {
    }

    /**
     * An integer parameter, {@code fallback} when absent.
     *
     * @throws CheckException INVALID_INPUT when it is not an integer in [min, max]
     */
    public static long integer(Parameters parameters, String name, long fallback, long min, long max)
            throws CheckException {
        long value = parameters.optionalInteger(name).orElse(fallback);
        if (value < min || value > max) {
            throw CheckException.invalid(String.format(Locale.ROOT, "%s: expected an integer in [%d, %d], got %d",
                    name, min, max, value));
        }
        return value;
    }

    /**
     * A number parameter, {@code fallback} when absent.
     *
     * @throws CheckException INVALID_INPUT when it is not a finite number in [min, max]
     */
    public static double number(Parameters parameters, String name, double fallback, double min, double max)
            throws CheckException {
        double value = parameters.optionalNumber(name).orElse(fallback);
        if (!(value >= min && value <= max)) {
            throw CheckException.invalid(String.format(Locale.ROOT, "%s: expected a number in [%s, %s], got %s",
                    name, plain(min), plain(max), plain(value)));
        }
        return value;
    }

    /**
     * A word parameter from a closed list, {@code fallback} when absent.
     *
     * @throws CheckException INVALID_INPUT when it is not one of {@code allowed}
     */
    public static String choice(Parameters parameters, String name, String fallback, List<String> allowed)
            throws CheckException {
        String value = parameters.optionalString(name).orElse(fallback);
        if (!allowed.contains(value)) {
            throw CheckException.invalid(name + ": expected one of " + String.join(" | ", allowed) + ", got \""
                    + value + "\"");
        }
        return value;
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
