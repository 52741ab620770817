package org.claimcheck.verdict;

/** The conclusion for a claim, with how each output format shows it (DESIGN.md, "Verdicts"). */
public enum Verdict {
    FOLLOWS(false, "passed", 5, "True"),
    DOES_NOT_FOLLOW(true, "failed", 1, "False"),
    UNSUPPORTED(true, "failed", 2, "Unsupported"),
    NOT_CHECKABLE(false, "skipped", 0, "Not rated");

    /** schema.org ratings run from worst 1 to best 5; 0 means "not rated". */
    public static final int BEST_RATING = 5;
    public static final int WORST_RATING = 1;

    private final boolean flagged;
    private final String junitStatus;
    private final int ratingValue;
    private final String alternateName;

    Verdict(boolean flagged, String junitStatus, int ratingValue, String alternateName) {
        this.flagged = flagged;
        this.junitStatus = junitStatus;
        this.ratingValue = ratingValue;
        this.alternateName = alternateName;
    }

    /** Whether a fact-checker must look at it: the claim is not borne out by the stated architecture. */
    public boolean flagged() {
        return flagged;
    }

    public String junitStatus() {
        return junitStatus;
    }

    /** Whether a ClaimReview rates it on the 1–5 scale (a claim with nothing testable is "Not rated"). */
    public boolean rated() {
        return ratingValue > 0;
    }

    /** Whether a test run reports it as skipped rather than passed or failed. */
    public boolean skipped() {
        return junitStatus.equals("skipped");
    }

    /** The ClaimReview rating value on the 1–5 scale; 0 for not rated. */
    public int ratingValue() {
        return ratingValue;
    }

    /** The ClaimReview alternateName. */
    public String alternateName() {
        return alternateName;
    }

    /** "DOES NOT FOLLOW". */
    public String label() {
        return name().replace('_', ' ');
    }
}
