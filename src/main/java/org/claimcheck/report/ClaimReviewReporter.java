package org.claimcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Verdict;

/**
 * {@code claimreview.jsonld}: one schema.org ClaimReview per claim (https://schema.org/ClaimReview), rated on a 1–5
 * scale with the verdict's alternateName; a claim not checkable has no ratingValue, only its alternateName.
 */
public final class ClaimReviewReporter implements Reporter {

    @Override
    public String fileName() {
        return "claimreview.jsonld";
    }

    @Override
    public String render(AuditResult result) {
        ObjectNode root = JsonReporter.MAPPER.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (ClaimResult claim : result.claims()) {
            graph.add(review(result, claim));
        }
        return JsonReporter.write(root);
    }

    private static ObjectNode review(AuditResult result, ClaimResult claim) {
        ObjectNode review = JsonReporter.MAPPER.createObjectNode();
        review.put("@type", "ClaimReview");
        review.put("@id", "#claim-" + claim.claim().id());
        review.put("claimReviewed", claim.claim().quote());
        review.put("reviewBody", claim.explanation());
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        if (claim.verdict() != Verdict.NOT_CHECKABLE) {
            rating.put("ratingValue", claim.verdict().ratingValue());
        }
        rating.put("bestRating", Verdict.BEST_RATING);
        rating.put("worstRating", Verdict.WORST_RATING);
        rating.put("alternateName", claim.verdict().alternateName());
        ObjectNode item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        ObjectNode appearance = item.putObject("appearance");
        appearance.put("@type", "CreativeWork");
        appearance.put("headline", result.article().title());
        if (!result.article().url().isEmpty()) {
            appearance.put("url", result.article().url());
        }
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", "claimcheck " + result.version());
        return review;
    }
}
