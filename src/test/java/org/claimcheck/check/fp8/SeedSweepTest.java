package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.claimcheck.check.CheckException;
import org.claimcheck.check.stats.MeanInterval;
import org.junit.jupiter.api.Test;

class SeedSweepTest {

    @Test
    void should_give_the_mean_and_student_t_interval_of_the_seeds() throws Exception {
        // hand-derived: values 1, 2, 3: mean 2, s = 1, t(0.975, 2) = 4.302653, half-width 4.302653 / √3 = 2.484138
        MeanInterval interval = new SeedSweep(10, 3).interval("sqnr-db", new double[] {1, 2, 3});
        assertThat(interval.mean()).isEqualTo(2.0);
        assertThat(interval.high()).isCloseTo(2 + 2.484138, within(1e-6));
        assertThat(SeedSweep.mean(new double[] {1, 2, 3})).isEqualTo(2.0);
    }

    @Test
    void should_name_the_seed_whose_value_is_not_finite() {
        assertThatThrownBy(() -> new SeedSweep(20_241_226L, 2).interval("sqnr-db",
                new double[] {30, Double.POSITIVE_INFINITY}))
                .isInstanceOf(CheckException.class)
                .hasMessage("metric: sqnr-db is not finite for seed 20241227 (got Infinity); choose another metric");
    }

    @Test
    void should_describe_its_seeds() {
        assertThat(new SeedSweep(5, 3).describe()).isEqualTo("seeds 5 to 7 (n = 3)");
    }
}
