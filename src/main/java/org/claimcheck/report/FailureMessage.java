package org.claimcheck.report;

import org.claimcheck.claim.Assertion;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;

/**
 * The text of a flagged claim as a test failure, in AssertJ's manner: the claim and its place, then expected and
 * actual, each on its own indented line, then the explanation.
 */
public final class FailureMessage {

    private FailureMessage() {
    }

    public static String of(ClaimResult result) {
        StringBuilder out = new StringBuilder();
        out.append("claim ").append(result.claim().id()).append(" (").append(result.claim().location()).append(") ")
                .append(result.verdict().label()).append('\n');
        out.append("  quote:    \"").append(result.claim().quote()).append("\"\n");
        Assertion assertion = result.claim().assertion();
        if (assertion instanceof Assertion.Figure figure) {
            out.append("  expected: ").append(figure.figure().text()).append(" (").append(figure.tolerance()
                    .describe().equals("exact") ? "exact" : "tolerance " + figure.tolerance().origin()).append(")\n");
        } else if (assertion instanceof Assertion.Mechanism mechanism) {
            out.append("  expected: ").append(mechanism.statement()).append('\n');
        }
        for (Derivation derivation : result.derivations()) {
            out.append("  ").append(derivation.interpretation().stated() ? "actual:   " : "(unstated) ")
                    .append(Headline.value(derivation, Headline.unitOf(result))).append(" under \"")
                    .append(derivation.interpretation().reading()).append("\"\n");
        }
        out.append(result.explanation());
        return out.toString();
    }
}
