package org.claimcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Objects;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Rating;

/**
 * {@code claimreview.jsonld}: one schema.org ClaimReview per claim (https://schema.org/ClaimReview): the claim
 * reviewed, a Rating on a 1–5 scale with the claim's rating as alternateName (a claim not checkable has no
 * ratingValue; one that follows with caveats is "Needs context"), the Claim with the article as its appearance (its
 * address only when it is a web address), the author, and the date published when one is given — never the clock, so that the same inputs give the same file. Written so that
 * it can be pasted into a page's {@code <script type="application/ld+json">} as it is.
 */
public final class ClaimReviewReporter implements Reporter {

    private final LocalDate published;

    /** Reviews without a datePublished. */
    public ClaimReviewReporter() {
        this.published = null;
    }

    private ClaimReviewReporter(LocalDate published) {
        this.published = published;
    }

    /** A copy whose reviews carry {@code date} as their datePublished (ISO 8601, YYYY-MM-DD). */
    public ClaimReviewReporter withDatePublished(LocalDate date) {
        return new ClaimReviewReporter(Objects.requireNonNull(date, "date"));
    }

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
        return JsonReporter.writeForHtml(root);
    }

    private ObjectNode review(AuditResult result, ClaimResult claim) {
        ObjectNode review = JsonReporter.MAPPER.createObjectNode();
        review.put("@type", "ClaimReview");
        review.put("@id", "#claim-" + claim.claim().id());
        review.put("claimReviewed", claim.claim().quote());
        review.put("reviewBody", claim.explanation());
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        if (claim.rating().rated()) {
            rating.put("ratingValue", claim.rating().value());
        }
        rating.put("bestRating", Rating.BEST_VALUE);
        rating.put("worstRating", Rating.WORST_VALUE);
        rating.put("alternateName", claim.rating().label());
        review.set("itemReviewed", itemReviewed(result));
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", "claimcheck " + result.version());
        if (published != null) {
            review.put("datePublished", published.toString());
        }
        return review;
    }

    /** The Claim, appearing in the article: a CreativeWork with its headline and, when known, its address. */
    private static ObjectNode itemReviewed(AuditResult result) {
        ObjectNode item = JsonReporter.MAPPER.createObjectNode();
        item.put("@type", "Claim");
        ObjectNode appearance = item.putObject("appearance");
        appearance.put("@type", "CreativeWork");
        appearance.put("headline", result.article().title());
        String url = PageView.webUrl(result.article().url());
        if (!url.isEmpty()) {
            appearance.put("url", url);
        }
        return item;
    }
}
