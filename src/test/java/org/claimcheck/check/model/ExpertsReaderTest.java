package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.claimcheck.check.CheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules on DeepSeek's expert fields, on the real DeepSeek-V3 config (61 layers, first 3 dense, 256 experts). */
class ExpertsReaderTest {

    private static final String CITED = "v3.json";

    @ParameterizedTest
    @CsvSource({"61", "100", "9223372036854775807"})
    void should_refuse_first_dense_layers_that_leave_no_layer_with_experts(long firstDense) throws IOException {
        ObjectNode config = v3().put("first_k_dense_replace", firstDense);

        assertThatThrownBy(() -> read(config)).hasMessage("v3.json: first_k_dense_replace: expected at most "
                + "num_hidden_layers - 1 (60) so that some layer has experts, got " + firstDense);
    }

    @ParameterizedTest
    @CsvSource({"61", "1000000", "9223372036854775807"})
    void should_refuse_a_moe_layer_frequency_with_no_multiple_among_the_moe_layers(long frequency)
            throws IOException {
        // DeepSeek's code puts experts in layer i when i >= first_k_dense_replace and i % moe_layer_freq == 0: no
        // multiple of 61 or more lies in [3, 61)
        ObjectNode config = v3().put("moe_layer_freq", frequency);

        assertThatThrownBy(() -> read(config)).hasMessage("v3.json: moe_layer_freq: expected a value with a multiple "
                + "in [first_k_dense_replace, num_hidden_layers) = [3, 61) so that some layer has experts, got "
                + frequency);
    }

    @Test
    void should_accept_the_largest_frequencies_that_still_place_an_moe_layer() throws Exception {
        // 60 has its multiple 60 in [3, 61): one MoE layer; with no dense layer, layer 0 always has experts
        Architecture sixty = read(v3().put("moe_layer_freq", 60));
        Architecture fromZero = read(v3().put("first_k_dense_replace", 0).put("moe_layer_freq", 1_000_000));

        assertThat(sixty.moeLayers()).isEqualTo(1);
        assertThat(fromZero.moeLayers()).isEqualTo(1);
    }

    @Test
    void should_refuse_more_experts_per_token_than_routed_experts() throws IOException {
        ObjectNode config = v3().put("num_experts_per_tok", 300);

        assertThatThrownBy(() -> read(config)).hasMessage("v3.json: num_experts_per_tok: expected at most "
                + "n_routed_experts (256), got 300");
    }

    @Test
    void should_refuse_a_negative_shared_expert_count() throws IOException {
        ObjectNode config = v3().put("n_shared_experts", -1);

        assertThatThrownBy(() -> read(config))
                .hasMessage("v3.json: n_shared_experts: expected an integer >= 0, got -1");
    }

    static ObjectNode v3() throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(
                FixtureContext.ROOT.resolve("claims/library/models/deepseek-v3/config.json").toFile());
    }

    private static Architecture read(ObjectNode config) throws CheckException {
        return ModelConfigReader.read(config, CITED);
    }
}
