package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.claim.ArticleText;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Problem;
import org.claimcheck.io.Excerpt;

/** Checks that a claim's quote and section stand in the article text, with runs of white space counted as one. */
final class QuoteCheck {

    private QuoteCheck() {
    }

    static List<Problem> check(Claim claim, ArticleText article) {
        List<Problem> problems = new ArrayList<>();
        if (!article.contains(claim.quote())) {
            problems.add(new Problem(claim.location(), "quote", "expected a verbatim quote of the article, got \""
                    + Excerpt.of(claim.quote()) + "\"" + (article.containsIgnoringCase(claim.quote())
                    ? " (it occurs with other capitals)" : "")));
        }
        if (!article.contains(claim.section())) {
            problems.add(new Problem(claim.location(), "section", "expected a section heading of the article, got \""
                    + Excerpt.of(claim.section()) + "\""));
        }
        return problems;
    }
}
