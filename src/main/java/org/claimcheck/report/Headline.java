package org.claimcheck.report;

import org.claimcheck.claim.Assertion;
import org.claimcheck.unit.Unit;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;
import org.claimcheck.verdict.Display;

/** The one-line forms of a claim result that tables show: what was claimed and the deciding derived value. */
final class Headline {

    private Headline() {
    }

    /** "50%", "mechanism", or "—" for a claim with nothing testable. */
    static String claimed(ClaimResult result) {
        Assertion assertion = result.claim().assertion();
        if (assertion instanceof Assertion.Figure figure) {
            return figure.figure().text();
        }
        return assertion instanceof Assertion.Mechanism ? "mechanism" : "—";
    }

    /** The deciding value as the claim would write it ("90.8642%", "\"tile-1x128\"", "not stated"). */
    static String derived(ClaimResult result) {
        return result.deciding().map(d -> value(d, unitOf(result))).orElse("—");
    }

    /** A derivation's value in the claim's unit. */
    static String value(Derivation derivation, Unit unit) {
        Derivation.Outcome outcome = derivation.outcome();
        if (outcome instanceof Derivation.Value value) {
            return Display.quantity(value.quantity(), unit);
        }
        if (outcome instanceof Derivation.Property property) {
            return "\"" + property.text() + "\"";
        }
        return "not stated";
    }

    static Unit unitOf(ClaimResult result) {
        return result.claim().assertion() instanceof Assertion.Figure figure
                ? figure.figure().quantity().unit() : Unit.RATIO;
    }
}
