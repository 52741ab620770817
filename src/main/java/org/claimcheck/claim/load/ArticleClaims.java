package org.claimcheck.claim.load;

import java.util.List;
import java.util.Objects;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.Claim;

/**
 * An article and its claims, in file order.
 *
 * @param article the article
 * @param claims  its claims, in file then line order
 */
public record ArticleClaims(Article article, List<Claim> claims) {

    public ArticleClaims {
        Objects.requireNonNull(article, "article");
        claims = List.copyOf(claims);
    }

    static ArticleClaims empty(String path) {
        return new ArticleClaims(new Article("", path, "", "", "", List.of()), List.of());
    }
}
