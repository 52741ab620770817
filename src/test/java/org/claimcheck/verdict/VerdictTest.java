package org.claimcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VerdictTest {

    /**
     * The worst of a claim's parts, by the reasons of {@link Verdict#WORST_FIRST} written out case by case: a
     * contradicted figure makes the sentence false; an unsupported one leaves it unsupported unless another is
     * contradicted; a part with nothing testable never lowers the others.
     */
    @ParameterizedTest
    @CsvSource({
            "FOLLOWS FOLLOWS, FOLLOWS",
            "FOLLOWS DOES_NOT_FOLLOW, DOES_NOT_FOLLOW",
            "DOES_NOT_FOLLOW FOLLOWS, DOES_NOT_FOLLOW",
            "FOLLOWS UNSUPPORTED, UNSUPPORTED",
            "UNSUPPORTED DOES_NOT_FOLLOW, DOES_NOT_FOLLOW",
            "FOLLOWS NOT_CHECKABLE, FOLLOWS",
            "UNSUPPORTED NOT_CHECKABLE, UNSUPPORTED",
            "NOT_CHECKABLE DOES_NOT_FOLLOW, DOES_NOT_FOLLOW",
            "NOT_CHECKABLE NOT_CHECKABLE, NOT_CHECKABLE",
            "FOLLOWS FOLLOWS FOLLOWS UNSUPPORTED, UNSUPPORTED",
            "NOT_CHECKABLE, NOT_CHECKABLE"})
    void should_give_a_claim_the_worst_verdict_of_its_parts(String parts, Verdict worst) {
        List<Verdict> verdicts = Arrays.stream(parts.split(" ")).map(Verdict::valueOf).toList();
        assertThat(Verdict.worst(verdicts)).isEqualTo(worst);
    }

    @Test
    void should_refuse_to_combine_no_verdict() {
        assertThatThrownBy(() -> Verdict.worst(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected at least one verdict, got none");
    }

    @Test
    void should_order_every_verdict_once() {
        assertThat(Verdict.WORST_FIRST).containsExactlyInAnyOrder(Verdict.values());
    }
}
