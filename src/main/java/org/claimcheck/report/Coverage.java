package org.claimcheck.report;

import java.util.List;

/**
 * How much of the article the claims cover: of the sentences that state something checkable (a figure, a
 * mechanism), how many a claim quotes. Measured outside the report package and handed to the HTML page through
 * {@link HtmlReporter#withCoverage(Coverage)}; without it the page says coverage was not measured.
 *
 * @param checkableSentences sentences of the article with checkable content, at least 0
 * @param claimedSentences   those a claim quotes, between 0 and {@code checkableSentences}
 * @param unclaimed          the checkable sentences no claim quotes, verbatim, in article order
 */
public record Coverage(int checkableSentences, int claimedSentences, List<String> unclaimed) {

    public Coverage {
        if (!(checkableSentences >= 0 && claimedSentences >= 0 && claimedSentences <= checkableSentences)) {
            throw new IllegalArgumentException("coverage: expected 0 <= claimed <= checkable, got " + claimedSentences
                    + " of " + checkableSentences);
        }
        unclaimed = List.copyOf(unclaimed);
    }

    /** "7 of 9 checkable sentences (78%)"; "no checkable sentences" when there are none. */
    public String describe() {
        if (checkableSentences == 0) {
            return "no checkable sentences";
        }
        return claimedSentences + " of " + checkableSentences + " checkable sentences ("
                + Math.round(100.0 * claimedSentences / checkableSentences) + "%)";
    }
}
