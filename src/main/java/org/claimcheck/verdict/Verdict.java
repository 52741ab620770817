package org.claimcheck.verdict;

/**
 * The conclusion for a claim, with whether it is flagged and how a test run shows it (DESIGN.md, "Verdicts"); what a
 * reader is told is its {@link Rating}.
 */
public enum Verdict {
    FOLLOWS(false, "passed"),
    DOES_NOT_FOLLOW(true, "failed"),
    UNSUPPORTED(true, "failed"),
    NOT_CHECKABLE(false, "skipped");

    private final boolean flagged;
    private final String junitStatus;

    Verdict(boolean flagged, String junitStatus) {
        this.flagged = flagged;
        this.junitStatus = junitStatus;
    }

    /** Whether a fact-checker must look at it: the claim is not borne out by the stated architecture. */
    public boolean flagged() {
        return flagged;
    }

    public String junitStatus() {
        return junitStatus;
    }

    /** Whether a test run reports it as skipped rather than passed or failed. */
    public boolean skipped() {
        return junitStatus.equals("skipped");
    }

    /** "DOES NOT FOLLOW". */
    public String label() {
        return name().replace('_', ' ');
    }
}
