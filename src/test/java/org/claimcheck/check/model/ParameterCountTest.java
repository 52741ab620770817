package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterCountTest {

    private static final String[] ALL_MODELS = {"deepseek-v3", "deepseek-v2", "llama-3.1-8b", "llama-3.1-70b",
        "llama-3.1-405b", "mixtral-8x7b", "fixture/deepseek-v2-lite", "fixture/tied-llama",
        "fixture/mha-llama-defaults", "fixture/sparse-moe-v3", "fixture/mistral-window", "fixture/qwen2-tiny",
        "fixture/qwen2-moe-tiny", "fixture/qwen3-tiny", "fixture/qwen3-moe-tiny", "fixture/gemma2-tiny",
        "fixture/gpt-oss-tiny", "qwen2.5-7b", "qwen2.5-3b", "qwen3-8b", "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b",
        "qwen2-57b-a14b", "qwen1.5-moe-a2.7b", "gemma-2-9b", "gemma-2-27b", "gpt-oss-20b", "gpt-oss-120b"};

    @ParameterizedTest
    @ValueSource(strings = {"deepseek-v3", "deepseek-v2", "llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b",
        "mixtral-8x7b", "fixture/deepseek-v2-lite", "fixture/tied-llama", "fixture/mha-llama-defaults",
        "fixture/sparse-moe-v3", "fixture/mistral-window", "fixture/qwen2-tiny", "fixture/qwen2-moe-tiny",
        "fixture/qwen3-tiny", "fixture/qwen3-moe-tiny", "fixture/gemma2-tiny", "fixture/gpt-oss-tiny", "qwen2.5-7b",
        "qwen2.5-3b", "qwen3-8b", "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b", "qwen2-57b-a14b",
        "qwen1.5-moe-a2.7b", "gemma-2-9b", "gemma-2-27b", "gpt-oss-20b", "gpt-oss-120b"})
    void should_equal_the_sum_of_the_tensor_inventory(String model) throws Exception {
        // given
        Architecture architecture = FixtureContext.architecture(model);
        TensorInventory inventory = TensorInventory.of(file(model));

        // then
        assertThat(ParameterCount.total(architecture).value()).isEqualTo(inventory.total());
        assertThat(ParameterCount.active(architecture).value()).isEqualTo(inventory.active(false));
        assertThat(ParameterCount.activeWithEmbedding(architecture).value()).isEqualTo(inventory.active(true));
        assertThat(ParameterCount.activeMatmulWeights(architecture)).isEqualTo(inventory.activeMatmul());
        assertThat(ParameterCount.mtp(architecture).value())
                .isEqualTo(inventory.mtp().stream().mapToLong(TensorInventory.Tensor::elements).sum());
    }

    @Test
    void should_list_tensors_with_unique_names() throws Exception {
        for (String model : ALL_MODELS) {
            TensorInventory inventory = TensorInventory.of(file(model));
            Set<String> names = new HashSet<>();
            inventory.main().forEach(tensor -> assertThat(names.add(tensor.name())).as(tensor.name()).isTrue());
            inventory.mtp().forEach(tensor -> assertThat(names.add(tensor.name())).as(tensor.name()).isTrue());
        }
    }

    @Test
    void should_count_deepseek_v3_exactly() throws Exception {
        // Hand derivation from the config (FACTS D3): embedding and head 129,280 × 7,168 = 926,679,040 each;
        // MLA 187,107,328 per layer; dense MLP 3 × 7,168 × 18,432 = 396,361,728; MoE 257 × 44,040,192 + router
        // 1,835,008 + bias 256 = 11,320,164,608; norms 14,336 per layer; 3 dense layers × 583,483,392 +
        // 58 MoE layers × 11,507,286,272 + 2 × 926,679,040 + final norm 7,168 = 671,026,419,200.
        Architecture v3 = FixtureContext.architecture("deepseek-v3");

        assertThat(ParameterCount.total(v3).value()).isEqualTo(671_026_419_200L);
        // active: 3 × 583,483,392 + 58 × (187,107,328 + 14,336 + 9 × 44,040,192 + 1,835,008 + 256)
        // + 7,168 + 926,679,040 = 36,625,618,432; plus the embedding 926,679,040 = 37,552,297,472.
        assertThat(ParameterCount.active(v3).value()).isEqualTo(36_625_618_432L);
        assertThat(ParameterCount.activeWithEmbedding(v3).value()).isEqualTo(37_552_297_472L);
    }

    @Test
    void should_reproduce_deepseek_v3_published_totals() throws Exception {
        Architecture v3 = FixtureContext.architecture("deepseek-v3");

        // R abstract p.1: 671B total, 37B activated per token (DeepSeek's convention: embedding lookup left out)
        assertThat((double) ParameterCount.total(v3).value()).isCloseTo(671e9, within(0.5e9));
        assertThat((double) ParameterCount.active(v3).value()).isCloseTo(37e9, within(0.5e9));
        // RM README_WEIGHTS: "36.7B (including 0.9B for Embedding and 0.9B for the output Head)". Counting the
        // embedding gives 37.55B, so that statement is not reproduced under its own convention (FACTS item 3).
        assertThat((double) ParameterCount.activeWithEmbedding(v3).value()).isNotCloseTo(36.7e9, within(0.05e9));
        // RM: main 671B + MTP 14B = 685B on Hugging Face; MTP here excludes the shared embedding and head
        // (2 × 0.93B), which the checkpoint stores again: 11.61B + 1.85B = 13.46B, "14B" to the digit written.
        long checkpointMtp = ParameterCount.mtp(v3).value() + 2L * 129_280 * 7_168;
        assertThat((double) checkpointMtp).isCloseTo(14e9, within(0.55e9));
    }

    @Test
    void should_show_that_deepseek_mtp_figure_leaves_out_eh_proj() throws Exception {
        // RM README_WEIGHTS: MTP "11.5B unique parameters, excluding the shared 0.9B Embedding and 0.9B output
        // Head". The layout count is 11.61B; without eh_proj (2 × 7,168 × 7,168 = 102,760,448) it is 11.51B.
        long mtp = ParameterCount.mtp(FixtureContext.architecture("deepseek-v3")).value();

        assertThat((double) mtp).isNotCloseTo(11.5e9, within(0.05e9));
        assertThat((double) (mtp - 102_760_448L)).isCloseTo(11.5e9, within(0.05e9));
    }

    @ParameterizedTest
    @CsvSource({
        // model, published total (B), half step, source and convention
        "deepseek-v2, 236, 0.5", // V2 abstract p.1: 236B total
        "llama-3.1-8b, 8, 0.5", // L31 model card: 8B (size class; total with untied embedding and head)
        "mixtral-8x7b, 46.7, 0.05", // Mistral AI, "Mixtral of experts" (2023-12-11): 46.7B total parameters
        "fixture/deepseek-v2-lite, 15.7, 0.05" // V2 App. B.1 p.29: 15.7B total
    })
    void should_reproduce_published_totals(String model, double billions, double halfStep) throws Exception {
        long total = ParameterCount.total(FixtureContext.architecture(model)).value();

        assertThat(total / 1e9).isCloseTo(billions, within(halfStep));
    }

    @Test
    void should_reproduce_llama_3_1_totals_within_their_size_class() throws Exception {
        // L31 model card names 70B and 405B; the configs give 70.55B and 405.85B (FACTS D3): within 1 %
        assertThat(total("llama-3.1-70b") / 1e9).isCloseTo(70.55, within(0.005));
        assertThat(total("llama-3.1-405b") / 1e9).isCloseTo(405.85, within(0.005));
        assertThat(total("llama-3.1-405b") / 405e9).isCloseTo(1.0, within(0.01));
    }

    @ParameterizedTest
    @CsvSource({
        // model, published activated (B), half step, which count reproduces it
        "deepseek-v2, 21, 0.5, false", // V2 abstract p.1: 21B activated (20.85B without the embedding)
        "mixtral-8x7b, 12.9, 0.05, true" // Mistral AI: 12.9B per token, reproduced only with the embedding
    })
    void should_reproduce_published_active_counts(String model, double billions, double halfStep,
                                                  boolean withEmbedding) throws Exception {
        Architecture architecture = FixtureContext.architecture(model);
        long active = withEmbedding ? ParameterCount.activeWithEmbedding(architecture).value()
                : ParameterCount.active(architecture).value();

        assertThat(active / 1e9).isCloseTo(billions, within(halfStep));
    }

    @Test
    void should_find_deepseek_v2_lite_active_count_just_above_its_published_figure() throws Exception {
        // V2 App. B.1 p.29: "2.4B are activated for each token". The config gives 2.45B without the embedding
        // (2.66B with it): 2 % above, just outside the written precision 2.4B ± 0.05B; a finding, not a rounding.
        long active = ParameterCount.active(FixtureContext.architecture("fixture/deepseek-v2-lite")).value();

        assertThat((double) active).isCloseTo(2.4e9, withinPercentage(2.5));
        assertThat((double) active).isNotCloseTo(2.4e9, within(0.05e9));
    }

    @Test
    void should_count_tied_embeddings_once_and_as_active_head() throws Exception {
        // tied-llama by hand: embedding 1000 × 64 = 64,000 (also the head); per layer q 64×128 + k 64×64 + v 64×64
        // + o 128×64 = 24,576, biases 128 + 64 + 64 + 64 = 320, MLP 3 × 64 × 256 = 49,152, biases 256 + 256 + 64
        // = 576, norms 128 → 74,752 per layer; 2 layers 149,504 + 64,000 + final norm 64 = 213,568.
        Architecture tied = FixtureContext.architecture("fixture/tied-llama");

        assertThat(ParameterCount.total(tied).value()).isEqualTo(213_568L);
        assertThat(ParameterCount.active(tied).value()).isEqualTo(213_568L);
        assertThat(ParameterCount.activeWithEmbedding(tied).value()).isEqualTo(213_568L);
        assertThat(ParameterCount.total(tied).steps()).anyMatch(step -> step.contains("tied to the embedding"));
    }

    @Test
    void should_say_in_the_steps_which_published_figures_are_reproduced() throws Exception {
        // the library's fact deepseek-v3.active-params-with-embedding: 36.7B (RM), so ± 0.05B
        List<String> notes = PublishedCounts.notes("deepseek-v3", ParamScope.ACTIVE_WITH_EMBEDDING, 37_552_297_472L,
                new FixtureContext()::optionalFact);

        assertThat(notes).containsExactly("published: 36.7B, activated, including 0.9B embedding and 0.9B output "
                + "head (RM, README_WEIGHTS.md, Main Model Weights) — NOT reproduced at the precision written, under "
                + "the convention stated: 37.55B lies outside 36.7B ± 0.05B");
    }

    @Test
    void should_take_the_precision_of_a_published_figure_from_its_last_digit_in_billions() {
        // 405B is written to the billion (± 0.5B), 11.5B to the hundred million (± 0.05B); 70B, not 7e10, to the billion
        Fact llama = new Fact("m.total-params", new Fact.Figure(Quantity.of(405e9, Unit.PARAMETERS)),
                new Source("L31", "model sizes"), "");
        Fact mtp = new Fact("m.mtp-params", new Fact.Figure(Quantity.of(11.5e9, Unit.PARAMETERS)),
                new Source("RM", "MTP Modules"), "");
        Fact seventy = new Fact("m.total-params", new Fact.Figure(Quantity.of(70e9, Unit.PARAMETERS)),
                new Source("L31", "model sizes"), "");

        assertThat(PublishedCounts.notes("m", ParamScope.TOTAL, 405_500_000_000L, name -> Optional.of(llama)))
                .containsExactly("published: 405B (L31, model sizes) — reproduced: 405.50B lies within 405B ± 0.5B");
        assertThat(PublishedCounts.notes("m", ParamScope.MTP, 11_514_000_000L, name -> Optional.of(mtp)))
                .containsExactly("published: 11.5B (RM, MTP Modules) — reproduced: 11.51B lies within 11.5B ± 0.05B");
        assertThat(PublishedCounts.notes("m", ParamScope.TOTAL, 70_553_706_496L, name -> Optional.of(seventy)))
                .singleElement().asString().endsWith("70.55B lies outside 70B ± 0.5B");
    }

    @Test
    void should_note_nothing_for_a_model_whose_facts_publish_no_count() {
        assertThat(PublishedCounts.notes("mixtral-8x7b", ParamScope.TOTAL, 46_702_792_704L,
                new FixtureContext()::optionalFact)).isEmpty();
    }

    private static long total(String model) throws Exception {
        return ParameterCount.total(FixtureContext.architecture(model)).value();
    }

    static Path file(String model) throws Exception {
        return FixtureContext.ROOT.resolve(new FixtureContext().modelConfig(model).display());
    }
}
