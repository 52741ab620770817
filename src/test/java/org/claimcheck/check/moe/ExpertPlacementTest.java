package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExpertPlacementTest {

    @Test
    void should_replicate_the_hottest_expert_then_pack_the_heaviest_shares_first() {
        // given loads 9, 4, 2, 1 and 6 slots on 3 GPUs (2 each). Extra slot 1: expert 0 (9 > 4) → 4.5 per replica;
        // extra slot 2: expert 0 again (4.5 > 4) → 3 replicas of 3. Shares 3 3 3 | 4 | 2 | 1, packed heaviest first
        // on the least-loaded GPU with room: 4 → g0; 3 → g1; 3 → g2; 3 → g1 (tie, first); 2 → g2; 1 → g0.
        ExpertPlacement placement = ExpertPlacement.balanced(new double[] {9, 4, 2, 1}, 6, 3);

        // when
        double[] loads = placement.gpuLoads(new double[] {9, 4, 2, 1});

        // then: GPUs 5, 6, 5 — total 16 kept; max/mean 6 / (16/3) = 1.125
        assertThat(placement.replicas()).containsExactly(3, 1, 1, 1);
        assertThat(loads).containsExactly(5.0, 6.0, 5.0);
        assertThat(ExpertPlacement.maxOverMean(loads)).isCloseTo(1.125, within(1e-12));
    }

    @Test
    void should_place_experts_contiguously_without_replicas() {
        ExpertPlacement placement = ExpertPlacement.contiguous(4, 2);

        assertThat(placement.gpuLoads(new double[] {1, 2, 3, 4})).containsExactly(3.0, 7.0);
    }

    @Test
    void should_refuse_a_layout_that_leaves_an_expert_without_a_slot() {
        assertThatThrownBy(() -> ExpertPlacement.of(new int[] {0, 0, 1, 1}, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("every expert needs at least one slot");
    }
}
