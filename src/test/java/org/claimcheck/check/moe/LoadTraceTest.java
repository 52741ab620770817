package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoadTraceTest {

    @Test
    void should_compute_the_step_statistics_worked_by_hand() {
        // given: 4 experts, 2 tokens × top-4 = 8 assignments, mean load 2, capacity 1.25 × 2 = 2.5
        LoadTrace.Builder builder = new LoadTrace.Builder(new GateConfig(4, 4, 1, 1, 2, 2, 0, 0, 1.25));

        // when: loads 4, 0, 2, 2
        builder.add(new int[] {4, 0, 2, 2});
        builder.add(new int[] {2, 2, 2, 2});
        LoadTrace trace = builder.build();

        // then: max/mean 4/2 = 2; cv = sqrt((4 + 4 + 0 + 0)/4) / 2 = 0.707107; overflow (4 - 2.5)/8 = 0.1875
        assertThat(trace.maxOverMean()).containsExactly(2.0, 1.0);
        assertThat(trace.cv().get(0)).isCloseTo(0.707107, within(1e-6));
        assertThat(trace.overflowShare()).containsExactly(0.1875, 0.0);
        // second half of 2 steps is the second step alone
        assertThat(trace.settled("max-over-mean")).isEqualTo(1.0);
    }
}
