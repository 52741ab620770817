package org.claimcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingTest {

    /** DESIGN.md, "Rating": only a claim that follows is graded by its caveats; the scale is schema.org's 1–5. */
    @ParameterizedTest
    @CsvSource({
        "FOLLOWS,         false, ACCURATE,      Accurate,      5, false, passed",
        "FOLLOWS,         true,  NEEDS_CONTEXT, Needs context, 4, false, passed",
        "DOES_NOT_FOLLOW, false, FALSE,         False,         1, true,  failed",
        "DOES_NOT_FOLLOW, true,  FALSE,         False,         1, true,  failed",
        "UNSUPPORTED,     true,  UNSUPPORTED,   Unsupported,   2, true,  failed",
        "NOT_CHECKABLE,   true,  NOT_RATED,     Not rated,     0, false, skipped"})
    void should_grade_only_a_claim_that_follows_and_leave_flagging_and_junit_to_the_verdict(Verdict verdict,
            boolean caveated, Rating expected, String label, int value, boolean flagged, String junitStatus) {
        Rating rating = Rating.of(verdict, caveated);
        assertThat(rating).isEqualTo(expected);
        assertThat(rating.label()).isEqualTo(label);
        assertThat(rating.value()).isEqualTo(value);
        assertThat(rating.rated()).isEqualTo(value > 0);
        assertThat(verdict.flagged()).isEqualTo(flagged);
        assertThat(verdict.junitStatus()).isEqualTo(junitStatus);
    }
}
