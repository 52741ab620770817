package org.claimcheck.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.unit.Unit;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;
import org.claimcheck.verdict.Display;

/** The one-line forms of a claim result that tables show: what was claimed and the deciding derived value. */
final class Headline {

    /** The mark of a claimed figure the quote does not give. */
    static final String READING_MARK = "*";
    /** What the mark means, under a table. */
    static final String READING_NOTE = READING_MARK + " no figure in the quote: the threshold the claim file reads it "
            + "as, not the article's figure";

    /** The number of a figure as written, with its sign, dollar, magnitude and percent: "+12%", "$100M", "671B". */
    private static final Pattern NUMBER = Pattern.compile("[+\\-−]?\\$?[\\d.,]*\\d(?:[KMBGT](?![a-zA-Z]))?%?");

    private Headline() {
    }

    /** How a table names a part, in the row under its claim's: "└ total". */
    static final String PART_MARK = "└ ";

    /** "50%", "mechanism", "2 parts", or "—" for a claim with nothing testable. */
    static String claimed(ClaimResult result) {
        Assertion assertion = result.claim().assertion();
        if (assertion instanceof Assertion.Figure figure) {
            return figure.figure().text();
        }
        if (assertion instanceof Assertion.Parts parts) {
            return parts.parts().size() + " parts";
        }
        return assertion instanceof Assertion.Mechanism ? "mechanism" : "—";
    }

    /**
     * Whether the claim's figure is the article's: its number as written ("84%", "671B", "$100M", "256") stands in the
     * quote. When it does not, the figure is a reading the claim file chose: a threshold ("outperforming" read as a
     * win share of at least 50%) or a figure the quote implies ("eliminates" read as at most 0%).
     */
    static boolean figureInQuote(Claim claim) {
        if (!(claim.assertion() instanceof Assertion.Figure figure)) {
            return false;
        }
        Matcher number = NUMBER.matcher(figure.figure().text());
        return number.lookingAt() && Pattern.compile("(?<![\\d.])" + Pattern.quote(number.group()) + "(?!\\d)")
                .matcher(claim.quote()).find();
    }

    /** The figure with its bound: "84%", "at least 50%", "at most $100M". */
    static String bounded(Assertion.Figure figure) {
        return switch (figure.bound()) {
            case ABOUT -> figure.figure().text();
            case AT_LEAST -> "at least " + figure.figure().text();
            case AT_MOST -> "at most " + figure.figure().text();
        };
    }

    /**
     * The claimed figure as a table shows it: with its bound ("≥50%", "≤$100M"), and marked {@value #READING_MARK}
     * when the quote gives no figure, so that a threshold the claim file chose is not shown as the article's;
     * "mechanism", or "—" for a claim with nothing testable.
     */
    static String claimedInTable(ClaimResult result) {
        if (!(result.claim().assertion() instanceof Assertion.Figure figure)) {
            return claimed(result);
        }
        String bound = switch (figure.bound()) {
            case ABOUT -> "";
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
        };
        return bound + figure.figure().text() + (figureInQuote(result.claim()) ? "" : READING_MARK);
    }

    /** Whether any claim's figure in a table carries {@value #READING_MARK}: the note then goes under it. */
    static boolean anyReading(List<ClaimResult> claims) {
        return claims.stream().anyMatch(claim -> claim.claim().assertion() instanceof Assertion.Figure
                && !figureInQuote(claim.claim()) || anyReading(claim.parts()));
    }

    /**
     * The deciding value as the claim would write it, to one digit past the claimed figure's ({@link Rounded}):
     * "90.9%", "\"tile-1x128\"", "not stated".
     */
    static String derived(ClaimResult result) {
        return result.deciding().map(d -> d.outcome() instanceof Derivation.Value value
                && result.claim().assertion() instanceof Assertion.Figure figure
                ? Rounded.value(value.quantity(), figure.figure()) : value(d, unitOf(result))).orElse("—");
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
