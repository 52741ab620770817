package org.claimcheck.report;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.ConsoleText;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;

/**
 * The text of a flagged claim as a test failure, in AssertJ's manner: the claim and its place, then expected and
 * actual, each on its own indented line, then the explanation. CI systems print it to logs, so each line is escaped
 * ({@link ConsoleText}): the line breaks are the message's own, never a quote's.
 */
public final class FailureMessage {

    private FailureMessage() {
    }

    public static String of(ClaimResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("claim " + result.claim().id() + " (" + result.claim().location() + ") "
                + result.verdict().label());
        lines.add("  quote:    \"" + result.claim().quote() + "\"");
        Assertion assertion = result.claim().assertion();
        if (assertion instanceof Assertion.Figure figure) {
            lines.add("  expected: " + figure.figure().text() + " (" + (figure.tolerance().describe().equals("exact")
                    ? "exact" : "tolerance " + figure.tolerance().origin()) + ")");
        } else if (assertion instanceof Assertion.Mechanism mechanism) {
            lines.add("  expected: " + mechanism.statement());
        }
        for (Derivation derivation : result.derivations()) {
            lines.add("  " + (derivation.interpretation().stated() ? "actual:   " : "(unstated) ")
                    + Headline.value(derivation, Headline.unitOf(result)) + " under \""
                    + derivation.interpretation().reading() + "\"");
        }
        lines.add(result.explanation());
        return String.join("\n", lines.stream().map(ConsoleText::escape).toList());
    }
}
