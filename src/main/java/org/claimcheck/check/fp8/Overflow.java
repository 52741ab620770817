package org.claimcheck.check.fp8;

import java.util.List;
import java.util.Optional;
import org.claimcheck.check.Named;

/**
 * What a cast does with a value that rounds beyond the format's largest finite value.
 *
 * @see FloatFormat#encode(double, Overflow)
 */
public enum Overflow implements Named {
    /** Beyond the maximum, infinities included, becomes ±max (the OCP FP8 saturating conversion). */
    SATURATE("saturate"),
    /** IEEE-style: beyond the maximum becomes NaN for E4M3 (it has no infinity) and ±infinity for the others. */
    NAN("nan");

    private final String id;

    Overflow(String id) {
        this.id = id;
    }

    /** The spelling of claim files and of the command line: {@code saturate}, {@code nan}. */
    @Override
    public String id() {
        return id;
    }

    /** The behaviour spelled so, ignoring case, for the command line. */
    public static Optional<Overflow> byId(String id) {
        return Named.byId(Overflow.class, id);
    }

    /** Every spelling, for the command line's messages. */
    public static List<String> ids() {
        return Named.ids(Overflow.class);
    }
}
