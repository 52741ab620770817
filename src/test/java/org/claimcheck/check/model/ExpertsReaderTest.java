package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.claimcheck.check.CheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules on DeepSeek's expert fields, mostly on the real DeepSeek-V3 config: 61 layers, the first 3 dense, 256
 * routed experts in 8 groups, 4 groups and 8 experts chosen per token.
 */
class ExpertsReaderTest {

    private static final String CITED = "config.json";

    @ParameterizedTest
    @CsvSource({"61", "100", "9223372036854775807"})
    void should_refuse_first_dense_layers_that_leave_no_layer_with_experts(long firstDense) throws IOException {
        ObjectNode config = v3().put("first_k_dense_replace", firstDense);

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: first_k_dense_replace: expected at most "
                + "num_hidden_layers - 1 (60) so that some layer has experts, got " + firstDense);
    }

    @ParameterizedTest
    @CsvSource({"61", "1000000", "9223372036854775807"})
    void should_refuse_a_moe_layer_frequency_with_no_multiple_among_the_moe_layers(long frequency)
            throws IOException {
        // DeepSeek's code puts experts in layer i when i >= first_k_dense_replace and i % moe_layer_freq == 0: no
        // multiple of 61 or more lies in [3, 61)
        ObjectNode config = v3().put("moe_layer_freq", frequency);

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: moe_layer_freq: expected a value with a "
                + "multiple in [first_k_dense_replace, num_hidden_layers) = [3, 61) so that some layer has experts, "
                + "got " + frequency);
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

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: num_experts_per_tok: expected at most "
                + "n_routed_experts (256), got 300");
    }

    @Test
    void should_refuse_a_negative_shared_expert_count() throws IOException {
        ObjectNode config = v3().put("n_shared_experts", -1);

        assertThatThrownBy(() -> read(config))
                .hasMessage("config.json: n_shared_experts: expected an integer >= 0, got -1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // DeepSeek-V3: 256 routed experts in n_group 8 groups of 32, the best topk_group 4 groups chosen per token
        "n_group | 7 | n_group: expected a divisor of n_routed_experts (256), got 7",
        "n_group | 256 | n_group: expected at most n_routed_experts / 2 (128) as noaux_tc scores a group by its 2 "
                + "best experts, got 256",
        "topk_group | 9 | topk_group: expected at most n_group (8), got 9",
        "topk_group | 0 | topk_group: expected a positive integer, got 0"
    })
    void should_refuse_expert_groups_the_router_cannot_form(String field, long value, String message)
            throws IOException {
        ObjectNode config = v3().put(field, value);

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: " + message);
    }

    @Test
    void should_refuse_more_experts_per_token_than_the_chosen_groups_hold() throws IOException {
        // topk_group 1 of 8 groups leaves 1 × 256 / 8 = 32 experts to choose from
        ObjectNode config = v3().put("topk_group", 1).put("num_experts_per_tok", 40);

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: num_experts_per_tok: expected at most "
                + "topk_group × n_routed_experts / n_group (1 × 256 / 8 = 32), the experts of the chosen groups, "
                + "got 40");
    }

    @Test
    void should_check_groups_against_the_defaults_of_the_deepseek_v3_config_class() throws IOException {
        // DeepseekV3Config defaults n_group to 8, which does not divide 20 routed experts
        ObjectNode config = v3().put("n_routed_experts", 20);
        config.remove(List.of("n_group", "topk_group"));

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: n_group: expected a divisor of "
                + "n_routed_experts (20), got 8 (absent; default of the deepseek_v3 config class)");
    }

    @Test
    void should_ignore_groups_when_routing_is_greedy() throws Exception {
        // DeepSeek-V2-Lite routes greedily over all 64 experts: n_group plays no part
        ObjectNode lite = (ObjectNode) new ObjectMapper().readTree(
                FixtureContext.ROOT.resolve("src/test/resources/model/deepseek-v2-lite.json").toFile());

        assertThat(read(lite.put("n_group", 7).put("topk_group", 9)).experts().routed()).isEqualTo(64);
    }

    @Test
    void should_require_groups_for_group_limited_routing_in_deepseek_v2() throws Exception {
        // DeepseekV2Config has no default for n_group and topk_group
        ObjectNode v2 = (ObjectNode) new ObjectMapper().readTree(
                FixtureContext.ROOT.resolve("claims/library/models/deepseek-v2/config.json").toFile());
        v2.remove(List.of("n_group", "topk_group"));

        assertThatThrownBy(() -> read(v2)).hasMessage("""
                config.json: n_group: expected a positive integer, got nothing
                config.json: topk_group: expected a positive integer, got nothing""");
    }

    static ObjectNode v3() throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(
                FixtureContext.ROOT.resolve("claims/library/models/deepseek-v3/config.json").toFile());
    }

    private static Architecture read(ObjectNode config) throws CheckException {
        return ModelConfigReader.read(config, CITED);
    }
}
