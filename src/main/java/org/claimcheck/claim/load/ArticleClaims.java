package org.claimcheck.claim.load;

import java.util.List;
import java.util.Objects;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.Claim;

/**
 * An article, its claims and its drafts, in file order.
 *
 * @param article the article
 * @param claims  its claims, in file then line order
 * @param drafts  its drafts (claim stubs with no reading yet, each also a problem), in file then line order
 * @param misplaced claims read whole whose quote or section is not in the article or whose id is taken: never judged,
 *                  but still checked further, so that all their problems come out in one run
 * @param architectures the stated architectures as article.yaml names them, with their places, to be checked against
 *                      the library
 */
public record ArticleClaims(Article article, List<Claim> claims, List<Draft> drafts, List<Claim> misplaced,
                            List<Architectures.Named> architectures) {

    public ArticleClaims {
        Objects.requireNonNull(article, "article");
        claims = List.copyOf(claims);
        drafts = List.copyOf(drafts);
        misplaced = List.copyOf(misplaced);
        architectures = List.copyOf(architectures);
    }

    /** An article with no drafts and no misplaced claims. */
    public ArticleClaims(Article article, List<Claim> claims) {
        this(article, claims, List.of(), List.of(), List.of());
    }

    static ArticleClaims empty(String path) {
        return new ArticleClaims(new Article("", path, "", "", List.of(), List.of(), List.of()), List.of());
    }
}
