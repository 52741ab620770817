package org.claimcheck.check.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpuHoursCheckTest {

    private final GpuHoursCheck check = new GpuHoursCheck();
    private final CheckContext context = LibraryFixture.alone();

    /** Runs the check on DeepSeek-V3 unless the parameters name another model. */
    private Measurement run(Map<String, Object> with) throws CheckException {
        Map<String, Object> parameters = new HashMap<>(Map.of("model", "deepseek-v3"));
        parameters.putAll(with);
        return check.run(context, Parameters.of(parameters));
    }

    @ParameterizedTest
    @CsvSource({
            // R Table 1, p.5: 2,664K + 119K + 5K = 2,788K H800 GPU-hours
            "pre-training, 2664000",
            "context-extension, 119000",
            "post-training, 5000",
            "total, 2788000"})
    void should_reproduce_the_published_stage_gpu_hours(String stage, double expected) throws CheckException {
        Measurement measurement = run(Map.of("stage", stage));

        assertThat(measurement.quantity().unit()).isEqualTo(Unit.GPU_HOURS);
        assertThat(measurement.quantity().value()).isEqualTo(expected);
        assertThat(measurement.inputs()).allSatisfy(input -> assertThat(input.source().document()).isEqualTo("R"));
    }

    @Test
    void should_sum_the_three_stages_to_the_published_total() throws CheckException {
        double sum = run(Map.of("stage", "pre-training")).quantity().value()
                + run(Map.of("stage", "context-extension")).quantity().value()
                + run(Map.of("stage", "post-training")).quantity().value();

        assertThat(sum).isEqualTo(run(Map.of()).quantity().value());
    }

    @Test
    void should_reproduce_pre_training_from_the_per_trillion_rate() throws CheckException {
        // R p.5: 180K GPU-hours per trillion tokens × 14.8T tokens = 2,664K, Table 1's pre-training row
        Measurement measurement = run(Map.of("stage", "pre-training", "method", "per-trillion"));

        assertThat(measurement.quantity().value()).isCloseTo(2_664_000.0, within(1e-6));
    }

    @Test
    void should_give_cluster_days_of_pre_training() throws CheckException {
        // FACTS.md D1: 2,664,000 / 2,048 GPUs = 1,300.78 h; / 24 = 54.20 days ("less than two months", R p.5)
        Measurement measurement = run(Map.of("stage", "pre-training", "metric", "cluster-days"));

        assertThat(measurement.quantity().unit()).isEqualTo(Unit.DAYS);
        assertThat(measurement.quantity().value()).isCloseTo(54.199, within(1e-3));
    }

    @Test
    void should_read_a_llama_model_card() throws CheckException {
        // L31 model card: Llama 3.1 405B 30.84M H100-80GB GPU-hours
        Measurement measurement = run(Map.of("model", "llama-3.1-405b"));

        assertThat(measurement.quantity().value()).isEqualTo(30_840_000.0);
        assertThat(measurement.inputs().get(0).source().document()).isEqualTo("L31");
        assertThat(measurement.plots()).singleElement()
                .satisfies(plot -> assertThat(plot.series().get(0).labels()).contains("llama-3-70b", "deepseek-v3"));
    }

    @Test
    void should_find_a_stage_unstated_when_the_model_card_gives_another() throws CheckException {
        // the Llama 3 card states pre-training GPU-hours only: 1.3M for the 8B
        assertThat(run(Map.of("model", "llama-3-8b", "stage", "pre-training")).quantity().value())
                .isEqualTo(1_300_000.0);
        assertThatThrownBy(() -> run(Map.of("model", "llama-3-8b", "stage", "total")))
                .isInstanceOf(CheckException.class)
                .hasMessage("llama-3-8b.total-gpu-hours: the library's facts state no such figure")
                .extracting(e -> ((CheckException) e).reason()).isEqualTo(CheckException.Reason.UNSTATED);
    }

    @Test
    void should_refuse_the_per_trillion_method_for_the_whole_run() {
        assertThatThrownBy(() -> run(Map.of("method", "per-trillion")))
                .isInstanceOf(CheckException.class)
                .hasMessage("stage: method per-trillion gives pre-training only, got total");
    }

    @Test
    void should_require_the_model() {
        assertThatThrownBy(() -> check.run(context, Parameters.none()))
                .isInstanceOf(CheckException.class)
                .hasMessage("model: expected a string, got nothing");
    }
}
