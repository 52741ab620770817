package org.claimcheck.report;

import java.util.Locale;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Rating;
import org.claimcheck.verdict.Verdict;

/**
 * A verdict as the page shows it: its label (never colour alone) and the CSS class that colours it.
 *
 * @param label "DOES NOT FOLLOW"
 * @param css   "does-not-follow"
 */
record VerdictView(String label, String css) {

    static VerdictView of(Verdict verdict) {
        return new VerdictView(verdict.label(), verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /**
     * What a reader sees first of a claim: "NEEDS CONTEXT" in its own colour for a claim that follows with caveats,
     * else its verdict; the page's marks, index and card tops show this, the working the verdict itself.
     */
    static VerdictView rated(ClaimResult result) {
        return result.rating() == Rating.NEEDS_CONTEXT
                ? new VerdictView(Rating.NEEDS_CONTEXT.label().toUpperCase(Locale.ROOT), Rating.NEEDS_CONTEXT.css())
                : of(result.verdict());
    }

    /** Whether this is a rating other than the verdict's own label (a claim that needs context). */
    boolean graded() {
        return css.equals(Rating.NEEDS_CONTEXT.css());
    }
}
