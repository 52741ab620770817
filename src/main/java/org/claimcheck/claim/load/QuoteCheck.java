package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Problem;
import org.claimcheck.io.Excerpt;

/** Checks that a claim's quote and section stand in the article text, with runs of white space counted as one. */
final class QuoteCheck {

    private QuoteCheck() {
    }

    static List<Problem> check(Claim claim, String articleText) {
        List<Problem> problems = new ArrayList<>();
        if (!occurs(claim.quote(), articleText)) {
            problems.add(new Problem(claim.location(), "quote", "expected a verbatim quote of the article, got \""
                    + Excerpt.of(claim.quote()) + "\"" + nearMiss(claim.quote(), articleText)));
        }
        if (!occurs(claim.section(), articleText)) {
            problems.add(new Problem(claim.location(), "section", "expected a section heading of the article, got \""
                    + Excerpt.of(claim.section()) + "\""));
        }
        return problems;
    }

    /** Whether {@code quote} occurs in {@code text}, white space normalised; an empty quote never occurs. */
    static boolean occurs(String quote, String text) {
        String wanted = normalise(quote);
        return !wanted.isEmpty() && normalise(text).contains(wanted);
    }

    /** The index of the quote in the normalised text, or -1. */
    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String nearMiss(String quote, String text) {
        String lower = normalise(quote).toLowerCase(Locale.ROOT);
        return normalise(text).toLowerCase(Locale.ROOT).contains(lower) ? " (it occurs with other capitals)" : "";
    }
}
