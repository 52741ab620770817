package org.claimcheck.verdict;

import java.util.Locale;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.Tolerance;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/** Compares a derived value or property with what a claim asserts. */
final class ClaimComparer {

    /** Guards inclusive bounds against the last-bit error of the arithmetic that produced the value. */
    private static final double ROUNDING_SLACK = 1e-12;

    private ClaimComparer() {
    }

    /**
     * A derived quantity against a claimed figure.
     *
     * @throws IllegalArgumentException when the dimensions differ (the caller reports it as a unit mismatch)
     */
    static Comparison figure(Assertion.Figure claim, Quantity derived) {
        Quantity claimed = claim.figure().quantity();
        if (claimed.dimension() != derived.dimension()) {
            throw new IllegalArgumentException("expected a derivation in " + claimed.dimension().name()
                    .toLowerCase(Locale.ROOT).replace('_', ' ') + " like the claimed \"" + claim.figure().text()
                    + "\", got " + derived.unit().symbol());
        }
        double claimedBase = claimed.inBase();
        double derivedBase = derived.inBase();
        double difference = derivedBase - claimedBase;
        Tolerance tolerance = claim.tolerance();
        double allowance = tolerance.allowance(claimedBase);
        double slack = ROUNDING_SLACK * Math.max(Math.abs(claimedBase), Math.abs(derivedBase));
        boolean matches = switch (claim.bound()) {
            case ABOUT -> Math.abs(difference) <= allowance + slack;
            case AT_MOST -> difference <= allowance + slack;
            case AT_LEAST -> -difference <= allowance + slack;
        };
        Unit unit = claimed.unit();
        // the tolerance's origin is said once per claim, in the explanation, not in each reading's comparison
        String detail = String.format(Locale.ROOT, "derived %s vs claimed %s%s: difference %s, allowed %s",
                Display.quantity(derived, unit), boundWord(claim.bound()), claim.figure().text(),
                Display.base(difference, unit), tolerance.kind() == Tolerance.Kind.RELATIVE
                        ? tolerance.describe() : "±" + Display.base(allowance, unit));
        return new Comparison(matches, difference, allowance, tolerance, detail);
    }

    /**
     * A derived property against the property a mechanism claim asserts under this interpretation. A fact's property
     * is what the sources state; a check's is what claimcheck's own calculation or experiment finds, and is never
     * worded as a source's.
     */
    static Comparison property(Interpretation interpretation, String stated) {
        boolean matches = normalise(stated).equals(normalise(interpretation.asserted()));
        String who = interpretation.method() instanceof Method.CheckCall call
                ? "our check " + call.kind() + " finds" : "the sources state";
        String detail = who + " \"" + stated + "\"; the claim asserts \"" + interpretation.asserted() + "\"";
        return new Comparison(matches, 0, 0, new Tolerance(Tolerance.Kind.EXACT, 0, "properties compare exactly"),
                detail);
    }

    private static String normalise(String property) {
        return property.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    private static String boundWord(Assertion.Bound bound) {
        return switch (bound) {
            case ABOUT -> "";
            case AT_MOST -> "at most ";
            case AT_LEAST -> "at least ";
        };
    }
}
