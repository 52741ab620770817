package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataSizeCheckTest {

    private final DataSizeCheck check = new DataSizeCheck();

    // FACTS D8 / hand-derived: 1 + 4/128 = 1.03125 bytes; 1 − 1.03125/2 = 0.484375 (48.4%); 1 − 1.03125/4 = 0.7421875;
    // block: 1 + 4/16384, saving 1 − 1.000244140625/2 = 0.4998779296875; no scale: exactly 50% vs BF16.
    @ParameterizedTest
    @CsvSource({
            "bytes-per-element, tile-1x128, 1.03125", "saving-vs-bf16, tile-1x128, 0.484375",
            "saving-vs-fp32, tile-1x128, 0.7421875", "saving-vs-bf16, block-128x128, 0.4998779296875",
            "saving-vs-bf16, none, 0.5", "saving-vs-fp32, block-128x128, 0.74993896484375"})
    void should_count_the_scale_overhead(String metric, String scaling, double expected) throws Exception {
        Measurement measurement = check.run(LibraryFixture.with(Fp8Checks.all()),
                Parameters.of(Map.of("metric", metric, "scaling", scaling)));
        assertThat(measurement.quantity().value()).isCloseTo(expected, within(1e-15));
    }

    // R §3.3.3 p.18 (FACTS D8): FP32 master 4 + FP32 gradient 4 + BF16 moments 2 + 2 = 12 bytes, 16 with FP32 moments.
    @Test
    void should_give_the_training_state_of_the_deepseek_recipe() throws Exception {
        assertThat(value(Map.of("metric", "training-state-bytes-per-parameter", "recipe", "deepseek-v3")))
                .isEqualTo(12.0);
        assertThat(value(Map.of("metric", "training-state-bytes-per-parameter", "recipe", "bf16-mixed")))
                .isEqualTo(16.0);
        // 1 - 12/16
        assertThat(value(Map.of("metric", "training-state-saving", "recipe", "deepseek-v3"))).isEqualTo(0.25);
    }

    @Test
    void should_cite_the_facts_for_the_training_state_and_carry_two_plots() throws Exception {
        Measurement measurement = check.run(LibraryFixture.alone(),
                Parameters.of(Map.of("metric", "training-state-saving", "recipe", "deepseek-v3")));

        assertThat(measurement.inputs()).anySatisfy(input -> assertThat(input.source().cite())
                .isEqualTo("R, §3.3.3, p.18"));
        assertThat(measurement.plots()).extracting(plot -> plot.id())
                .containsExactly("fp8-bytes-per-element", "fp8-training-state");
    }

    @Test
    void should_leave_the_training_state_out_of_a_per_element_reading() throws Exception {
        Measurement measurement = check.run(LibraryFixture.alone(), Parameters.of(Map.of("metric", "saving-vs-bf16")));

        assertThat(measurement.plots()).extracting(plot -> plot.id()).containsExactly("fp8-bytes-per-element");
        assertThat(measurement.inputs()).noneSatisfy(input -> assertThat(input.name()).contains("AdamW"));
    }

    @Test
    void should_ask_for_the_recipe_of_a_training_state_metric() {
        assertThatThrownBy(() -> value(Map.of("metric", "training-state-saving")))
                .isInstanceOf(CheckException.class)
                .hasMessage("recipe: expected bf16-mixed or a model of the library for training-state-saving, "
                        + "got nothing");
    }

    @Test
    void should_refuse_a_scaling_without_a_storage_layout() {
        assertThatThrownBy(() -> value(Map.of("metric", "saving-vs-bf16", "scaling", "per-row")))
                .isInstanceOf(CheckException.class)
                .hasMessage("scaling: expected one of none, tile-1x128, block-128x128, got \"per-row\"");
    }

    @Test
    void should_ask_for_a_metric() {
        assertThatThrownBy(() -> value(Map.of()))
                .isInstanceOf(CheckException.class)
                .hasMessage("metric: expected one of bytes-per-element, saving-vs-bf16, saving-vs-fp32, "
                        + "training-state-bytes-per-parameter, training-state-saving, got nothing");
    }

    private double value(Map<String, ?> parameters) throws CheckException {
        return check.run(LibraryFixture.alone(), Parameters.of(parameters)).quantity().value();
    }
}
