package org.claimcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Objects;
import org.claimcheck.json.JsonTree;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Rating;

/**
 * {@code claimreview.jsonld}: one schema.org ClaimReview per claim (https://schema.org/ClaimReview), a claim with parts
 * included (its verdict sentence names each part and its review body carries each part's caveats): the quote as the
 * claim reviewed; a Rating on schema.org's 1–5 scale whose alternateName is the claim's rating ("Needs context" for a
 * claim that follows with caveats; a claim not checkable has no ratingValue) and whose ratingExplanation is the verdict
 * in plain words; a review body of that sentence and the caveats with their sources; the Claim, with the quote as its
 * text and the article as its (first) appearance, its address only when it is a web address; the author; and the date
 * published when one is given — never the clock, so that the same inputs give the same file. Written so that it can be
 * pasted into a page's {@code <script type="application/ld+json">} as it is.
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
        ObjectNode root = JsonTree.object();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (ClaimResult claim : result.claims()) {
            graph.add(review(result, claim));
        }
        return JsonReporter.writeForHtml(root);
    }

    private ObjectNode review(AuditResult result, ClaimResult claim) {
        ObjectNode review = JsonTree.object();
        review.put("@type", "ClaimReview");
        review.put("@id", "#claim-" + claim.claim().id());
        review.put("claimReviewed", claim.claim().quote());
        String sentence = VerdictSentence.of(claim);
        review.put("reviewBody", sentence + context(claim));
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        if (claim.rating().rated()) {
            rating.put("ratingValue", claim.rating().value());
        }
        rating.put("bestRating", Rating.BEST_VALUE);
        rating.put("worstRating", Rating.WORST_VALUE);
        rating.put("alternateName", claim.rating().label());
        rating.put("ratingExplanation", sentence);
        review.set("itemReviewed", itemReviewed(result, claim));
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", "claimcheck " + result.version());
        if (published != null) {
            review.put("datePublished", published.toString());
        }
        return review;
    }

    /**
     * " Needs context: … (R, p.5). …": the caveats with their citations, or "" when there are none; then each part's,
     * as " Needs context (part ID): …".
     */
    private static String context(ClaimResult claim) {
        StringBuilder context = new StringBuilder(context(claim, ClaimCard.context(claim)));
        claim.parts().forEach(part -> context.append(context(part, ClaimCard.context(part) + " (part "
                + part.claim().id() + ")")));
        return context.toString();
    }

    private static String context(ClaimResult claim, String heading) {
        if (claim.caveats().isEmpty()) {
            return "";
        }
        return " " + heading + ": " + String.join(" ", ClaimCard.caveats(claim).stream()
                .map(ClaimCard.CaveatLine::cited).toList());
    }

    /**
     * The Claim: its text (the quote) and the article as its first appearance and an appearance, a CreativeWork with
     * its headline and, when known, its address.
     */
    private static ObjectNode itemReviewed(AuditResult result, ClaimResult claim) {
        ObjectNode item = JsonTree.object();
        item.put("@type", "Claim");
        item.put("text", claim.claim().quote());
        ObjectNode article = JsonTree.object();
        article.put("@type", "CreativeWork");
        article.put("headline", result.article().title());
        String url = PageView.webUrl(result.article().url());
        if (!url.isEmpty()) {
            article.put("url", url);
        }
        item.set("appearance", article);
        item.set("firstAppearance", article.deepCopy());
        return item;
    }
}
