package org.claimcheck.report;

import java.util.Locale;
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
}
