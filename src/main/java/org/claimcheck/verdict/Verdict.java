package org.claimcheck.verdict;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

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

    /**
     * The verdicts from worst to best, as the parts of one claim combine ({@link #worst}):
     * <ol>
     *   <li>DOES_NOT_FOLLOW: the sources contradict one of the sentence's figures, so the sentence as written is
     *       false, whatever its other figures do;</li>
     *   <li>UNSUPPORTED: nothing bears one figure out, and nothing contradicts any: the sentence is not borne out,
     *       but is not shown false either;</li>
     *   <li>FOLLOWS: every testable part is borne out;</li>
     *   <li>NOT_CHECKABLE: a part with nothing testable (an opinion, a metaphor) adds nothing to check, so it never
     *       lowers the others; a claim all of whose parts are not checkable is itself not checkable.</li>
     * </ol>
     */
    public static final List<Verdict> WORST_FIRST = List.of(DOES_NOT_FOLLOW, UNSUPPORTED, FOLLOWS, NOT_CHECKABLE);

    /**
     * The worst of {@code verdicts} in {@link #WORST_FIRST}'s order.
     *
     * @throws IllegalArgumentException when there are none
     */
    public static Verdict worst(Collection<Verdict> verdicts) {
        return verdicts.stream().min(Comparator.comparingInt(WORST_FIRST::indexOf))
                .orElseThrow(() -> new IllegalArgumentException("expected at least one verdict, got none"));
    }

    /** "DOES NOT FOLLOW". */
    public String label() {
        return name().replace('_', ' ');
    }
}
