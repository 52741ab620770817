package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelChecksTest {

    private final FixtureContext context = new FixtureContext();

    @Test
    void should_register_every_kind_once_with_the_model_prefix() {
        List<String> kinds = CheckRegistry.of(ModelChecks.all()).kinds();

        assertThat(kinds).allMatch(kind -> kind.matches("model\\.[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(kinds).contains("model.total-params", "model.active-params", "model.active-params-with-embedding",
                "model.mtp-params", "model.flops-per-token", "model.kv-cache-elements-per-token",
                "model.kv-cache-bytes-per-token", "model.kv-cache-bytes", "model.kv-cache-comparison",
                "model.training-state-bytes-per-param", "model.routed-experts", "model.active-routed-experts",
                "model.shared-experts", "model.attention-heads", "model.layers", "model.moe-layers");
    }

    @ParameterizedTest
    @CsvSource({
        // R abstract p.1 and §4.2 p.22: 671B total, 256 routed + 1 shared experts, 8 active, 128 heads,
        // 61 layers of which all but the first 3 are MoE
        "model.total-params, 671026419200, PARAMETERS",
        "model.routed-experts, 256, EXPERTS",
        "model.active-routed-experts, 8, EXPERTS",
        "model.shared-experts, 1, EXPERTS",
        "model.attention-heads, 128, HEADS",
        "model.layers, 61, LAYERS",
        "model.moe-layers, 58, LAYERS",
        // FACTS D7: (512 + 64) × 61 = 35,136 elements, × 2 B = 70,272 B
        "model.kv-cache-elements-per-token, 35136, ELEMENTS",
        "model.kv-cache-bytes-per-token, 70272, BYTES"
    })
    void should_measure_deepseek_v3_with_sourced_inputs_and_steps(String kind, double value, Unit unit)
            throws Exception {
        Measurement measurement = run(kind, Map.of("config", "deepseek-v3"));

        assertThat(measurement.quantity().value()).isEqualTo(value);
        assertThat(measurement.quantity().unit()).isEqualTo(unit);
        assertThat(measurement.steps()).isNotEmpty();
        assertThat(measurement.inputs()).isNotEmpty().allSatisfy(input -> assertThat(input.source().document())
                .isIn("claims/library/models/deepseek-v3/config.json", "R", "FP8F"));
    }

    @Test
    void should_plot_the_kv_cache_against_context() throws Exception {
        Measurement measurement = run("model.kv-cache-bytes", Map.of("config", "deepseek-v3", "context", 131_072));

        // FACTS item 18: 70,272 B × 131,072 = 9,210,691,584 B
        assertThat(measurement.quantity().value()).isEqualTo(9_210_691_584.0);
        Plot plot = measurement.plots().get(0);
        assertThat(plot.logX()).isTrue();
        Plot.Series series = plot.series().get(0);
        assertThat(series.x()).startsWith(1024.0).endsWith(131_072.0);
        // at 1,024 tokens: 70,272 × 1,024 B = 68.625 MiB = 0.0670166015625 GiB
        assertThat(series.y().get(0)).isCloseTo(70_272.0 * 1024 / (1L << 30), within(1e-12));
    }

    @Test
    void should_compare_mla_gqa_and_mha_caches_in_one_plot() throws Exception {
        Measurement measurement = run("model.kv-cache-comparison",
                Map.of("configs", List.of("deepseek-v3", "llama-3.1-405b", "fixture/mha-llama-defaults")));

        // FACTS D7: 70,272 / 516,096 = 0.13616
        assertThat(measurement.quantity().value()).isCloseTo(70_272.0 / 516_096, within(1e-12));
        assertThat(measurement.quantity().unit()).isEqualTo(Unit.RATIO);
        assertThat(measurement.plots().get(0).series()).hasSize(3)
                .extracting(Plot.Series::name).anyMatch(name -> name.contains("multi-head latent attention"))
                .anyMatch(name -> name.contains("grouped-query attention"))
                .anyMatch(name -> name.contains("multi-head attention ("));
    }

    @Test
    void should_measure_training_flops_with_the_multiplier_as_an_input() throws Exception {
        Measurement forward = run("model.flops-per-token", Map.of("config", "deepseek-v3"));
        Measurement training = run("model.flops-per-token", Map.of("config", "deepseek-v3", "pass", "training"));

        assertThat(training.quantity().value()).isEqualTo(3 * forward.quantity().value());
        assertThat(training.inputs()).anyMatch(input -> input.name().equals("training FLOPs per forward FLOP"));
    }

    @Test
    void should_note_the_convention_and_the_published_figure_in_the_steps() throws Exception {
        Measurement active = run("model.active-params", Map.of("config", "deepseek-v3"));

        assertThat(active.steps()).anyMatch(step -> step.startsWith("convention: the input embedding is a lookup"))
                .contains("published: 37B, activated for each token (R, Abstract, p.1; §4.2, p.22) — reproduced: "
                        + "36.63B lies within 37B ± 0.5B");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "model.kv-cache-bytes-per-token | precision | INT4 | precision: expected one of FP32, BF16, FP16, FP8, "
                + "or a bit width in [1, 64], got \"INT4\"",
        "model.flops-per-token | pass | backward | pass: expected one of forward, training, got \"backward\"",
        "model.flops-per-token | attention_span | all | attention_span: expected one of causal-mean, last-token, "
                + "got \"all\"",
        // the models are the folders of claims/library/models
        "model.total-params | config | gpt-5 | config: expected a model of the library (one of deepseek-v2, "
                + "deepseek-v3, gemma-2-27b, gemma-2-9b, gpt-oss-120b, gpt-oss-20b, llama-3.1-405b, llama-3.1-70b, "
                + "llama-3.1-8b, mixtral-8x7b, qwen1.5-moe-a2.7b, qwen2-57b-a14b … (18 in all)), got \"gpt-5\""
    })
    void should_name_the_bad_parameter(String kind, String name, String value, String message) {
        Map<String, Object> parameters = name.equals("config") ? Map.of(name, value)
                : Map.of("config", "deepseek-v3", name, value);

        assertThatThrownBy(() -> run(kind, parameters)).isInstanceOf(CheckException.class).hasMessage(message);
    }

    @Test
    void should_refuse_contexts_out_of_range_and_single_comparisons() {
        assertThatThrownBy(() -> run("model.kv-cache-bytes", Map.of("config", "deepseek-v3", "context", 0)))
                .hasMessage("context: expected an integer in [1, 1048576], got 0");
        assertThatThrownBy(() -> run("model.kv-cache-comparison", Map.of("configs", List.of("deepseek-v3"))))
                .hasMessage("configs: expected a list of 2 or more distinct model names, got [deepseek-v3]");
    }

    @Test
    void should_read_any_numeric_field_of_a_config_with_its_path_as_the_source() throws Exception {
        // DeepSeek-V3 config.json: kv_lora_rank 512, first_k_dense_replace 3; Llama 3.1 8B: rope_scaling.factor 8.0
        Measurement rank = run("model.config-field", Map.of("config", "deepseek-v3", "field", "kv_lora_rank",
                "unit", "channels"));
        Measurement factor = run("model.config-field", Map.of("config", "llama-3.1-8b", "field",
                "/rope_scaling/factor"));

        assertThat(rank.quantity().value()).isEqualTo(512.0);
        assertThat(rank.quantity().unit()).isEqualTo(Unit.CHANNELS);
        assertThat(rank.inputs()).extracting(input -> input.source().cite())
                .containsExactly("claims/library/models/deepseek-v3/config.json, kv_lora_rank");
        assertThat(run("model.config-field", Map.of("config", "deepseek-v3", "field", "first_k_dense_replace"))
                .quantity().value()).isEqualTo(3.0);
        assertThat(factor.quantity().value()).isEqualTo(8.0);
    }

    @Test
    void should_refuse_a_config_field_that_is_missing_or_not_a_number() {
        assertThatThrownBy(() -> run("model.config-field", Map.of("config", "deepseek-v3", "field", "kv_rank")))
                .hasMessage("field: expected a numeric field of claims/library/models/deepseek-v3/config.json, got "
                        + "no field kv_rank");
        assertThatThrownBy(() -> run("model.config-field", Map.of("config", "deepseek-v3", "field", "model_type")))
                .hasMessage("field: expected a numeric field of claims/library/models/deepseek-v3/config.json, got "
                        + "\"deepseek_v3\" at model_type");
    }

    @Test
    void should_size_a_kv_cache_at_a_bit_width_and_each_model_at_its_own_precision() throws Exception {
        // DeepSeek-V3 caches 35,136 elements per token (FACTS D7): at 6 bits 35,136 × 6 / 8 = 26,352 bytes.
        // Llama 3.1 8B: 65,536 elements; DeepSeek-V3 in FP8 (35,136 bytes) over Llama in BF16 (131,072 bytes)
        Measurement sixBits = run("model.kv-cache-bytes-per-token", Map.of("config", "deepseek-v3", "precision", 6));
        Measurement mixed = run("model.kv-cache-comparison", Map.of("configs", List.of("deepseek-v3",
                "llama-3.1-8b"), "precisions", List.of("FP8", "BF16")));

        assertThat(sixBits.quantity().value()).isEqualTo(26_352.0);
        assertThat(sixBits.inputs()).anyMatch(input -> input.name().equals("bits per element (6-bit)")
                && input.source().cite().equals("claim, with.precision"));
        assertThat(mixed.quantity().value()).isCloseTo(35_136.0 / 131_072, within(1e-12));
        assertThatThrownBy(() -> run("model.kv-cache-comparison", Map.of("configs", List.of("deepseek-v3",
                "llama-3.1-8b"), "precisions", List.of("FP8"))))
                .hasMessage("precisions: expected a list of 2 formats or bit widths, one per model of configs, got "
                        + "[FP8]");
        assertThatThrownBy(() -> run("model.kv-cache-bytes-per-token", Map.of("config", "deepseek-v3",
                "precision", 65))).hasMessage("precision: expected one of FP32, BF16, FP16, FP8, or a bit width in "
                + "[1, 64], got 65");
    }

    private Measurement run(String kind, Map<String, ?> parameters) throws CheckException {
        Check check = CheckRegistry.of(ModelChecks.all()).find(kind).orElseThrow();
        return check.run(context, Parameters.of(parameters));
    }
}
