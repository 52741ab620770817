package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;

class TrainingStateBytesPerParamCheckTest {

    private final TrainingStateBytesPerParamCheck check = new TrainingStateBytesPerParamCheck();

    @Test
    void should_count_sixteen_bytes_for_bf16_mixed_precision() throws Exception {
        // FACTS D8: FP32 master 4 + FP32 gradient 4 + FP32 moments 4 + 4 = 16
        Measurement measurement = check.run(new FixtureContext(), Parameters.of(Map.of("recipe", "bf16-mixed")));

        assertThat(measurement.quantity().value()).isEqualTo(16.0);
    }

    @Test
    void should_count_twelve_bytes_for_the_recipe_the_deepseek_v3_facts_state_with_their_sources() throws Exception {
        // R §3.3.3 p.18 / FACTS D8: FP32 master 4 + FP32 gradient 4 + BF16 moments 2 + 2 = 12
        Measurement measurement = check.run(new FixtureContext(), Parameters.of(Map.of("recipe", "deepseek-v3")));

        assertThat(measurement.quantity().value()).isEqualTo(12.0);
        assertThat(measurement.inputs()).hasSize(4).allSatisfy(input -> {
            assertThat(input.source().document()).isEqualTo("R");
            assertThat(input.source().locator()).contains("§3.3.3, p.18");
        });
    }

    @Test
    void should_list_the_recipes_when_the_recipe_is_unknown() {
        assertThatThrownBy(() -> check.run(new FixtureContext(), Parameters.of(Map.of("recipe", "fp4"))))
                .isInstanceOf(CheckException.class)
                .hasMessage("recipe: expected one of bf16-mixed, deepseek-v3 (bf16-mixed or a model whose facts state "
                        + "its training-state formats), got \"fp4\"");
    }
}
