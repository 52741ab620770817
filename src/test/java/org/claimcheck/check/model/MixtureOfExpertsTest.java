package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MixtureOfExpertsTest {

    @ParameterizedTest
    @CsvSource({
        // first dense, frequency, from, to
        "3, 1, 0, 61",
        "1, 2, 0, 7",
        "1, 2, 7, 9",
        "0, 3, 0, 10",
        "5, 4, 2, 40",
        "10, 1, 0, 4",
        "0, 1, 0, 1"
    })
    void should_count_moe_layers_as_enumeration_does(long firstDense, long frequency, long from, long to) {
        MixtureOfExperts experts = new MixtureOfExperts(16, 1, 2, 8, firstDense, frequency, false);
        long enumerated = 0;
        for (long index = from; index < to; index++) {
            if (index >= firstDense && index % frequency == 0) {
                enumerated++;
            }
        }

        assertThat(experts.moeLayersIn(from, to)).isEqualTo(enumerated);
    }

    @Test
    void should_have_no_moe_layers_without_experts() {
        assertThat(MixtureOfExperts.none().moeLayersIn(0, 100)).isZero();
        assertThat(MixtureOfExperts.none().isMoeLayer(5)).isFalse();
    }

    @Test
    void should_refuse_more_active_than_routed_experts() {
        assertThatThrownBy(() -> new MixtureOfExperts(8, 0, 9, 64, 0, 1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("inconsistent experts: routed 8, shared 0, per token 9");
    }
}
