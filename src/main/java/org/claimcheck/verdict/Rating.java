package org.claimcheck.verdict;

import java.util.Locale;

/**
 * What a reader is told about a claim: its verdict graded by its caveats (DESIGN.md, "Rating"). A claim that follows
 * and carries a caveat needs context; every other verdict keeps its own rating, caveats or not. Ratings are for
 * readers and ClaimReview only: whether a claim is flagged, and how JUnit reports it, stay the verdict's.
 *
 * <p>ClaimReview rates on schema.org's 1 (worst) to 5 (best) scale. "Needs context" is 4: the claim is borne out by
 * the stated architecture, as an accurate one (5) is, but a reader would be misled without its caveats.
 */
public enum Rating {
    ACCURATE("Accurate", 5),
    NEEDS_CONTEXT("Needs context", 4),
    FALSE("False", 1),
    UNSUPPORTED("Unsupported", 2),
    NOT_RATED("Not rated", 0);

    /** The best value of the ClaimReview scale. */
    public static final int BEST_VALUE = 5;
    /** The worst value of the ClaimReview scale. */
    public static final int WORST_VALUE = 1;

    private final String label;
    private final int value;

    Rating(String label, int value) {
        this.label = label;
        this.value = value;
    }

    /** The rating of a claim with {@code verdict}, with or without caveats. */
    public static Rating of(Verdict verdict, boolean caveated) {
        return switch (verdict) {
            case FOLLOWS -> caveated ? NEEDS_CONTEXT : ACCURATE;
            case DOES_NOT_FOLLOW -> FALSE;
            case UNSUPPORTED -> UNSUPPORTED;
            case NOT_CHECKABLE -> NOT_RATED;
        };
    }

    /** "Needs context": how readers see it, and the ClaimReview {@code alternateName}. */
    public String label() {
        return label;
    }

    /** Whether ClaimReview gives it a value on the 1–5 scale ("Not rated" has none). */
    public boolean rated() {
        return value > 0;
    }

    /** The ClaimReview {@code ratingValue}, 1 (worst) to 5 (best); 0 when not rated. */
    public int value() {
        return value;
    }

    /** "needs-context", for a page's class names. */
    public String css() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
