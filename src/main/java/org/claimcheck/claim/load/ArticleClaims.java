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
 */
public record ArticleClaims(Article article, List<Claim> claims, List<Draft> drafts) {

    public ArticleClaims {
        Objects.requireNonNull(article, "article");
        claims = List.copyOf(claims);
        drafts = List.copyOf(drafts);
    }

    /** An article with no drafts. */
    public ArticleClaims(Article article, List<Claim> claims) {
        this(article, claims, List.of());
    }

    static ArticleClaims empty(String path) {
        return new ArticleClaims(new Article("", path, "", "", List.of(), List.of(), List.of()), List.of());
    }
}
