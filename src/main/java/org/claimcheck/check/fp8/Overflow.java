package org.claimcheck.check.fp8;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a cast does with a value that rounds beyond the format's largest finite value.
 *
 * @see FloatFormat#encode(double, Overflow)
 */
public enum Overflow {
    /** Beyond the maximum, infinities included, becomes ±max (the OCP FP8 saturating conversion). */
    SATURATE("saturate"),
    /** IEEE-style: beyond the maximum becomes NaN for E4M3 (it has no infinity) and ±infinity for the others. */
    NAN("nan");

    private final String id;

    Overflow(String id) {
        this.id = id;
    }

    /** The spelling of claim files and of the command line: {@code saturate}, {@code nan}. */
    public String id() {
        return id;
    }

    public static Optional<Overflow> byId(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Overflow::id).toList();
    }
}
