package org.claimcheck.claim;

import java.util.Locale;
import java.util.Objects;

/**
 * How far a derived value may be from a claimed one and still match it. Always inclusive: a difference equal to the
 * allowance matches (AssertJ's {@code within}, not {@code byLessThan}).
 *
 * @param kind   exact, absolute or relative
 * @param amount for ABSOLUTE, in the dimension's base unit (a fraction for ratios); for RELATIVE, a fraction of
 *               the claimed value in [0, 1); 0 for EXACT
 * @param origin why this tolerance: "given in the claim file" or "from the precision of '84%' (±0.5 in the last
 *               digit)"
 */
public record Tolerance(Kind kind, double amount, String origin) {

    /** How the amount is read. */
    public enum Kind { EXACT, ABSOLUTE, RELATIVE }

    public Tolerance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        boolean valid = switch (kind) {
            case EXACT -> amount == 0;
            case ABSOLUTE -> amount >= 0 && Double.isFinite(amount);
            case RELATIVE -> amount >= 0 && amount < 1;
        };
        if (!valid) {
            throw new IllegalArgumentException(kind + " tolerance out of range: " + amount);
        }
    }

    /** The allowed absolute difference around {@code claimedInBase}, in base units. */
    public double allowance(double claimedInBase) {
        return switch (kind) {
            case EXACT -> 0.0;
            case ABSOLUTE -> amount;
            case RELATIVE -> amount * Math.abs(claimedInBase);
        };
    }

    /**
     * The tolerance and why, said once: the origin alone when it states the allowance ("from the precision of "84%"
     * (±0.5 %, half its last digit)"), else the allowance and the origin ("±1%, given in the claim file").
     */
    public String explained() {
        return origin.contains("±") ? origin : describe() + (origin.isEmpty() ? "" : ", " + origin);
    }

    /** "exact", "±0.005", "±1%". */
    public String describe() {
        return switch (kind) {
            case EXACT -> "exact";
            case ABSOLUTE -> String.format(Locale.ROOT, "±%s", Numbers.format(amount));
            case RELATIVE -> String.format(Locale.ROOT, "±%s%%", Numbers.format(amount * 100));
        };
    }
}
