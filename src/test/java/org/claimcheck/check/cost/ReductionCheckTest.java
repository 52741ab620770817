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
import org.claimcheck.check.model.ModelChecks;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReductionCheckTest {

    private final ReductionCheck check = new ReductionCheck();
    private final CheckContext context = LibraryFixture.alone();

    /** DeepSeek-V3 against the parameters' baseline. */
    private Measurement run(Map<String, Object> with) throws CheckException {
        Map<String, Object> parameters = new HashMap<>(Map.of("model", "deepseek-v3"));
        parameters.putAll(with);
        return check.run(context, Parameters.of(parameters));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            // FACTS.md D1, worked by hand: 1 - 2.664/7.0 = 0.619429 (the only pair near 62%)
            "llama-3.1-70b, gpu-hours, pre-training, 0.619429",
            // 1 - 2.788/7.0 = 0.601714
            "llama-3.1-70b, gpu-hours, total, 0.601714",
            // 1 - 2.788/30.84 = 0.909598; 1 - 2.664/30.84 = 0.913619
            "llama-3.1-405b, gpu-hours, total, 0.909598",
            "llama-3.1-405b, gpu-hours, pre-training, 0.913619",
            // 1 - 2.788/6.4 = 0.564375; 1 - 2.664/6.4 = 0.58375
            "llama-3-70b, gpu-hours, total, 0.564375",
            "llama-3-70b, gpu-hours, pre-training, 0.583750",
            // 1 - 2.788/1.46 = -0.909589: V3 used more GPU-hours than Llama 3.1 8B
            "llama-3.1-8b, gpu-hours, total, -0.909589",
            // 1 - 5.576/100 = 0.94424
            "gpt-4-reported, usd, total, 0.944240",
            // $5.576M vs 30.84M × $2 = $61.68M: 1 - 5.576/61.68 = 0.909598, the GPU-hour ratio again
            "llama-3.1-405b, usd, total, 0.909598",
            // V2 §3.2.3 p.16 and R p.5: 1 - 180/300.6 = 0.401198; 1 - 180/172.8 = -0.041667
            "deepseek-67b, gpu-hours-per-trillion, total, 0.401198",
            "deepseek-v2, gpu-hours-per-trillion, total, -0.041667",
            // FACTS.md D2: 1 - 37/671 = 0.944858; HW: 1 - 250/2448 = 0.897876; 1 - 250/394 = 0.365482
            "dense-same-size, flops-per-token, total, 0.944858",
            "llama-3.1-405b, flops-per-token, total, 0.897876",
            "qwen-72b, flops-per-token, total, 0.365482"})
    void should_reproduce_hand_worked_reductions(String baseline, String basis, String stage, double expected)
            throws CheckException {
        Measurement measurement = run(Map.of("baseline", baseline, "basis", basis, "stage", stage));

        assertThat(measurement.quantity().unit()).isEqualTo(Unit.RATIO);
        assertThat(measurement.quantity().value()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void should_give_the_factor_form() throws CheckException {
        // 30.84 / 2.788 = 11.0617
        Measurement measurement = run(Map.of("baseline", "llama-3.1-405b", "form", "times"));

        assertThat(measurement.quantity().unit()).isEqualTo(Unit.TIMES);
        assertThat(measurement.quantity().value()).isCloseTo(11.0617, within(1e-4));
    }

    @Test
    void should_default_to_the_only_basis_of_a_baseline() throws CheckException {
        // deepseek-67b is stated per trillion tokens only: 1 - 180/300.6
        assertThat(run(Map.of("baseline", "deepseek-67b")).quantity().value()).isCloseTo(0.401198, within(1e-6));
    }

    @Test
    void should_plot_the_reduction_against_every_baseline_of_the_basis() throws CheckException {
        Measurement measurement = run(Map.of("baseline", "llama-3.1-70b"));

        assertThat(measurement.plots()).singleElement().satisfies(plot -> assertThat(plot.series().get(0).labels())
                .containsExactly("llama-3-70b", "llama-3-8b", "llama-3.1-405b", "llama-3.1-70b", "llama-3.1-8b"));
    }

    @Test
    void should_refuse_a_basis_the_baseline_is_not_stated_on() {
        assertThatThrownBy(() -> run(Map.of("baseline", "gpt-4-reported", "basis", "gpu-hours")))
                .isInstanceOf(CheckException.class)
                .hasMessage("basis: gpt-4-reported is stated on usd only, got gpu-hours");
    }

    @Test
    void should_require_a_baseline() {
        assertThatThrownBy(() -> run(new HashMap<>()))
                .isInstanceOf(CheckException.class)
                .hasMessage("baseline: expected a string, got nothing");
    }

    @Test
    void should_list_the_baselines_the_library_states_for_an_unknown_one() {
        // every namespace of claims/library/facts with a GPU-hour, cost, per-trillion or FLOPs-per-token figure, then
        // the models of claims/library/models not yet named (calculated-flops-per-token)
        assertThatThrownBy(() -> run(Map.of("baseline", "gpt-5")))
                .isInstanceOf(CheckException.class)
                .hasMessage("baseline: expected one of llama-3-70b, llama-3-8b, llama-3.1-405b, llama-3.1-70b, "
                        + "llama-3.1-8b, gpt-4-reported, deepseek-67b, deepseek-v2, qwen-72b, dense-same-size, "
                        + "gemma-2-27b, gemma-2-9b, gpt-oss-120b, gpt-oss-20b, mixtral-8x7b, qwen1.5-moe-a2.7b, "
                        + "qwen2-57b-a14b, qwen2.5-3b, qwen2.5-7b, qwen3-235b-a22b, qwen3-30b-a3b, qwen3-32b, "
                        + "qwen3-8b (a model whose facts state a training budget, or with a config for "
                        + "calculated-flops-per-token), got \"gpt-5\"");
    }

    @Test
    void should_compare_any_two_models_on_the_flops_their_configs_imply() throws Exception {
        // DeepSeek-V2 against a dense model of its own size, counted from its config: 20,851,512,320 active of
        // 235,741,434,880 (the V2 report's abstract: 21B activated of 236B); 1 - 20.85/235.74 = 0.9115, and the
        // report's rounded figures give 1 - 21/236 = 0.9110
        CheckContext withModels = LibraryFixture.with(ModelChecks.all());
        Measurement dense = new ReductionCheck().run(withModels, Parameters.of(Map.of("model", "deepseek-v2",
                "baseline", "dense-same-size", "basis", "calculated-flops-per-token")));
        Measurement qwen = new ReductionCheck().run(withModels, Parameters.of(Map.of("model", "qwen1.5-moe-a2.7b",
                "baseline", "qwen2.5-7b", "basis", "calculated-flops-per-token")));

        assertThat(dense.quantity().value()).isCloseTo(1 - 20_851_512_320.0 / 235_741_434_880.0, within(1e-12))
                .isCloseTo(1 - 21.0 / 236, within(0.001));
        // the same ratio as the two models' training FLOPs per token, each measured on its own
        double ours = withModels.measure("model.flops-per-token", Parameters.of(Map.of("config",
                "qwen1.5-moe-a2.7b", "pass", "training"))).quantity().value();
        double theirs = withModels.measure("model.flops-per-token", Parameters.of(Map.of("config", "qwen2.5-7b",
                "pass", "training"))).quantity().value();
        assertThat(qwen.quantity().value()).isCloseTo(1 - ours / theirs, within(1e-12));
        assertThat(qwen.inputs()).anyMatch(input -> input.source().cite()
                .equals("claims/library/models/qwen2.5-7b/config.json, hidden_size"));
    }
}
