package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.junit.jupiter.api.Test;

class RedundantExpertsCheckTest {

    private final RedundantExpertsCheck check = new RedundantExpertsCheck();
    private final CheckContext context = LibraryFixture.alone();

    private double run(Map<String, Object> with) throws CheckException {
        return check.run(context, Parameters.of(with)).quantity().value();
    }

    @Test
    void should_lower_max_over_mean_with_replicas_but_not_to_one() throws CheckException {
        double plain = run(Map.of("replicated", false));
        double replicated = run(Map.of());

        assertThat(replicated).isLessThan(plain);
        // finite batches: a 4,096-token batch gives each of 32 GPUs about 1,024 assignments, so sampling noise
        // alone keeps the busiest GPU a few percent above the mean
        assertThat(replicated).isGreaterThan(1.01);
    }

    @Test
    void should_keep_imbalance_above_one_for_any_finite_batch_even_without_skew() throws CheckException {
        assertThat(run(Map.of("skew", 0.0, "batch_tokens", 65_536))).isGreaterThan(1.0);
    }

    @Test
    void should_show_replicas_helping_more_as_skew_grows() throws CheckException {
        Measurement measurement = check.run(context, Parameters.of(Map.of()));
        Plot skew = measurement.plots().get(2);
        List<Double> plain = skew.series().get(0).y();
        List<Double> replicated = skew.series().get(1).y();

        // no replicas: imbalance grows with skew; with replicas it stays below the plain placement at every skew
        // above 0 but above 1, because every batch is finite. At skew 0 no expert is hotter than another: the
        // placement learned from past batches fits their noise, so it may come out a little above or below the
        // plain one on fresh batches, but not far from it.
        assertThat(RedundancyExperiment.SWEEP_SKEWS.get(0)).isZero();
        assertThat(plain).isSorted();
        assertThat(replicated.get(0)).isCloseTo(plain.get(0), withinPercentage(1.0));
        for (int i = 1; i < plain.size(); i++) {
            assertThat(replicated.get(i)).isGreaterThan(1.0).isLessThan(plain.get(i));
        }
    }

    @Test
    void should_give_idle_share_as_one_minus_the_inverse_of_max_over_mean() throws CheckException {
        double ratio = run(Map.of());
        double idle = run(Map.of("metric", "idle-share"));

        assertThat(idle).isCloseTo(1 - 1 / ratio, within(1e-12));
    }

    @Test
    void should_use_the_prefill_deployment_by_default() throws CheckException {
        Measurement measurement = check.run(context, Parameters.of(Map.of()));

        // R §3.4.1 p.19: prefill on 32 GPUs with 32 redundant experts
        assertThat(measurement.inputs()).filteredOn(input -> input.source().cite().startsWith("R, §3.4.1, p.19"))
                .extracting(input -> input.name() + "=" + input.value())
                .containsExactlyInAnyOrder("gpus=32.0", "replicas=32.0");
        assertThat(measurement.plots()).hasSize(3);
    }

    @Test
    void should_give_the_same_numbers_for_the_same_seed() throws CheckException {
        Map<String, Object> with = new HashMap<>(Map.of("seed", 5, "skew", 0.8));

        assertThat(check.run(context, Parameters.of(with))).isEqualTo(check.run(context, Parameters.of(with)));
    }

    @Test
    void should_refuse_gpus_that_do_not_divide_the_slots() {
        assertThatThrownBy(() -> run(Map.of("gpus", 30)))
                .isInstanceOf(CheckException.class)
                .hasMessage("gpus: gpus must divide the experts and experts + replicas, got 30 GPUs for 256 + 32");
    }
}
