package org.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Source;
import org.junit.jupiter.api.Test;

class TrainingRecipeTest {

    private static final Source R = new Source("R", "§3.3.3, p.18");

    private static Fact property(String name, String text) {
        return new Fact(name, new Fact.Property(text), R, "");
    }

    @Test
    void should_keep_sixteen_bytes_of_fp32_state_in_bf16_mixed_precision() {
        // FP32 master weights 4 + gradients 4 + two AdamW moments 4 + 4
        assertThat(TrainingRecipe.bf16Mixed().bytesPerParam()).isEqualTo(16);
    }

    @Test
    void should_read_a_model_recipe_from_its_facts_with_their_sources() throws CheckException {
        // given: R §3.3.3 p.18, master weights and gradients in FP32, AdamW moments in BF16
        Map<String, Fact> facts = Map.of(
                "m.master-weights-format", property("m.master-weights-format", "fp32"),
                "m.weight-gradients-format", property("m.weight-gradients-format", "fp32"),
                "m.adamw-moments-format", property("m.adamw-moments-format", "bf16"));

        // when
        TrainingRecipe recipe = TrainingRecipe.stated("m", name -> Optional.ofNullable(facts.get(name)))
                .orElseThrow();

        // then: 4 + 4 + 2 + 2
        assertThat(recipe.bytesPerParam()).isEqualTo(12);
        assertThat(recipe.inputs()).extracting(SourcedValue::source).containsOnly(R);
        assertThat(recipe.working()).isEqualTo("m: master weights FP32 4 + weight gradients FP32 4 + AdamW first "
                + "moment BF16 2 + AdamW second moment BF16 2 = 12 bytes per parameter");
    }

    @Test
    void should_state_no_recipe_for_a_model_without_the_facts() throws CheckException {
        assertThat(TrainingRecipe.stated("llama", name -> Optional.empty())).isEmpty();
    }

    @Test
    void should_say_which_fact_of_a_recipe_is_missing() {
        Map<String, Fact> facts = Map.of("m.master-weights-format", property("m.master-weights-format", "fp32"));

        assertThatThrownBy(() -> TrainingRecipe.stated("m", name -> Optional.ofNullable(facts.get(name))))
                .isInstanceOf(CheckException.class)
                .hasMessage("m.weight-gradients-format: the library states no such fact, which the training-state "
                        + "recipe of m needs");
    }

    @Test
    void should_refuse_a_fact_that_names_no_storage_format() {
        Map<String, Fact> facts = Map.of("m.master-weights-format", property("m.master-weights-format", "fp64"));

        assertThatThrownBy(() -> TrainingRecipe.stated("m", name -> Optional.ofNullable(facts.get(name))))
                .isInstanceOf(CheckException.class)
                .hasMessage("m.master-weights-format: expected one of FP32, BF16, FP16, FP8, got \"fp64\"");
    }
}
