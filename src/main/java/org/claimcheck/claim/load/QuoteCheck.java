package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.claim.ArticleText;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.io.Excerpt;

/**
 * Checks that a claim's quote and section (when it names one) stand in the article text, with runs of white space
 * counted as one.
 */
final class QuoteCheck {

    private QuoteCheck() {
    }

    /** A problem when a draft's quote is not a verbatim part of the article. */
    static Optional<Problem> check(Draft draft, ArticleText article) {
        return article.contains(draft.quote()) ? Optional.empty() : Optional.of(notInArticle(
                draft.quote(), draft.location(), article));
    }

    static List<Problem> check(Claim claim, ArticleText article) {
        List<Problem> problems = new ArrayList<>();
        if (!article.contains(claim.quote())) {
            problems.add(notInArticle(claim.quote(), claim.location(), article));
        }
        if (!claim.section().isEmpty() && !article.contains(claim.section())) {
            problems.add(new Problem(claim.location(), "section", "expected a section heading of the article, got \""
                    + Excerpt.of(claim.section()) + "\""));
        }
        return problems;
    }

    private static Problem notInArticle(String quote, SourceLocation at, ArticleText article) {
        return new Problem(at, "quote", "expected a verbatim quote of the article, got \"" + Excerpt.of(quote) + "\""
                + (article.containsIgnoringCase(quote) ? " (it occurs with other capitals)" : ""));
    }
}
