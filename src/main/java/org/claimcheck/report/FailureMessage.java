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
 * ({@link ConsoleText}): the line breaks are the message's own, never a quote's. A claim with parts gives each part's
 * verdict, expected and actual values, indented under it.
 */
public final class FailureMessage {

    private FailureMessage() {
    }

    public static String of(ClaimResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("claim " + result.claim().id() + " (" + result.claim().location() + ") "
                + result.verdict().label());
        lines.add("  quote:    \"" + result.claim().quote() + "\"");
        if (result.hasParts()) {
            result.parts().forEach(part -> {
                lines.add("  part " + part.claim().id() + " (" + part.claim().location() + ") "
                        + part.verdict().label());
                expectedAndActual(part).forEach(line -> lines.add("  " + line));
            });
        } else {
            lines.addAll(expectedAndActual(result));
        }
        lines.add(result.explanation());
        return String.join("\n", lines.stream().map(ConsoleText::escape).toList());
    }

    /** "  expected: …", then "  actual:   …" (or "  (unstated) …") per derivation. */
    private static List<String> expectedAndActual(ClaimResult result) {
        List<String> lines = new ArrayList<>();
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
        return lines;
    }
}
