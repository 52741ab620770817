package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimcheck.check.CheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverflowFieldsTest {

    private static final String EXPECTED = "expected a size for which the model's parameter, FLOP and KV-cache counts "
            + "fit in 64 bits, got ";

    @ParameterizedTest
    @CsvSource({
        // 2^63 - 1 tokens × 7,168 channels of embedding; 10^12 MTP modules of ~11.5 × 10^9 parameters each;
        // hidden 2^40 squared in every projection; 2^40 layers of ~10^10 parameters; 2^50 experts of 4.4 × 10^7
        "vocab_size, 9223372036854775807",
        "num_nextn_predict_layers, 1000000000000",
        "hidden_size, 1099511627776",
        "num_hidden_layers, 1099511627776",
        "n_routed_experts, 1125899906842624"
    })
    void should_blame_the_one_field_that_makes_the_counts_of_deepseek_v3_overflow(String field, long value)
            throws Exception {
        ObjectNode config = ExpertsReaderTest.v3().put(field, value);

        assertThatThrownBy(() -> read(config)).isInstanceOf(CheckException.class)
                .hasMessage("config.json: " + field + ": " + EXPECTED + value);
    }

    @ParameterizedTest
    @CsvSource({
        // Qwen's experts: 2^50 routed experts of 3 × 2,048 × 768 weights; a shared expert 2^50 wide; Gemma 2's and
        // gpt-oss's head_dim 2^40 squared against the width in q_proj
        "qwen3-30b-a3b, num_experts, 1125899906842624",
        "qwen2-57b-a14b, shared_expert_intermediate_size, 1125899906842624",
        "gemma-2-9b, head_dim, 1099511627776",
        "gpt-oss-20b, num_local_experts, 1125899906842624"
    })
    void should_blame_the_new_families_size_fields(String model, String field, long value) throws Exception {
        ObjectNode config = library(model).put(field, value);

        assertThatThrownBy(() -> read(config)).isInstanceOf(CheckException.class)
                .hasMessage("config.json: " + field + ": " + EXPECTED + value);
    }

    @Test
    void should_report_broken_layer_lists_as_problems_of_their_fields() throws Exception {
        // mlp_only_layers must name distinct layers in [0, 48); layer_types must give one of the two words per layer
        ObjectNode qwen = library("qwen3-30b-a3b");
        qwen.putArray("mlp_only_layers").add(3).add(48);
        ObjectNode oss = library("gpt-oss-20b");
        oss.putArray("layer_types").add("sliding_attention").add("full_attention");
        ObjectNode gemma = library("gemma-2-9b");
        gemma.putArray("layer_types").add("global");

        assertThatThrownBy(() -> read(qwen)).hasMessage("config.json: mlp_only_layers: expected a list of distinct "
                + "layer indices in [0, 48), got 48");
        assertThatThrownBy(() -> read(oss)).hasMessage("config.json: layer_types: expected a list of 24 entries "
                + "(num_hidden_layers), each sliding_attention or full_attention, got a list of 2");
        assertThatThrownBy(() -> read(gemma)).hasMessage("config.json: layer_types: expected a list of 42 entries "
                + "(num_hidden_layers), each sliding_attention or full_attention, got a list of 1");
    }

    @Test
    void should_refuse_a_qwen_moe_config_that_leaves_no_layer_with_experts() throws Exception {
        // decoder_sparse_step 2 puts experts in layers 1 and 3 of 4; mlp_only_layers [1, 3] keeps both dense
        ObjectNode qwen = library("qwen3-30b-a3b").put("num_hidden_layers", 4).put("decoder_sparse_step", 2);
        qwen.putArray("mlp_only_layers").add(1).add(3);

        assertThatThrownBy(() -> read(qwen)).hasMessage("config.json: mlp_only_layers: expected a list that leaves "
                + "some layer i in [0, 4) with (i + 1) % decoder_sparse_step 2 == 0 with experts, got [1, 3]");
    }

    @Test
    void should_blame_head_dim_when_heads_times_head_dim_overflows() throws Exception {
        // q_proj is hidden_size × num_attention_heads × head_dim = 4,096 × 2^32 × 2^32 = 2^76; head_dim and the
        // head count tie at 2^32, head_dim comes first by name, and with head_dim 1 the counts fit (q_proj 2^44)
        ObjectNode config = llama().put("num_attention_heads", 1L << 32).put("num_key_value_heads", 1)
                .put("head_dim", 1L << 32);

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: head_dim: " + EXPECTED + (1L << 32));
    }

    @Test
    void should_blame_fields_largest_first_until_the_counts_fit() throws Exception {
        // 10^18 layers overflow even at width 1 (18 parameters each); vocab 10^12 × hidden 10^12 overflows too,
        // and lowering hidden_size (before vocab_size by name) makes both fit
        ObjectNode config = llama().put("vocab_size", 1_000_000_000_000L).put("hidden_size", 1_000_000_000_000L)
                .put("num_hidden_layers", 1_000_000_000_000_000_000L).put("num_attention_heads", 1)
                .put("num_key_value_heads", 1).put("intermediate_size", 4);

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: num_hidden_layers: " + EXPECTED
                + "1000000000000000000\nconfig.json: hidden_size: " + EXPECTED + "1000000000000");
    }

    @Test
    void should_blame_fields_that_can_only_be_lowered_together() throws Exception {
        // hidden_size = num_attention_heads = 2^40 without head_dim: head_dim 1, but q_proj 2^40 × 2^40 = 2^80. The
        // width must stay a multiple of the heads and the heads of the 8 KV heads, so neither can be lowered alone;
        // with the heads at 8 the width can go to 8, and the fields lowered on the way (layers, vocab, ...) are given
        // back because the counts fit with their own values
        ObjectNode config = llama().put("hidden_size", 1L << 40).put("num_attention_heads", 1L << 40);

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: hidden_size: " + EXPECTED + (1L << 40)
                + "\nconfig.json: num_attention_heads: " + EXPECTED + (1L << 40));
    }

    @Test
    void should_refuse_a_pre_training_context_longer_than_the_checks_take() throws Exception {
        ObjectNode config = llama();
        ((ObjectNode) config.get("rope_scaling")).put("original_max_position_embeddings", 1L << 21);

        assertThatThrownBy(() -> read(config)).hasMessage("config.json: rope_scaling.original_max_position_embeddings: "
                + "expected an integer in [1, 1048576], the longest context the checks take, got 2097152");
    }

    @Test
    void should_accept_every_config_of_the_library() throws Exception {
        for (String model : new String[] {"deepseek-v2", "deepseek-v3", "llama-3.1-8b", "llama-3.1-70b",
            "llama-3.1-405b", "mixtral-8x7b", "qwen2.5-7b", "qwen2.5-3b", "qwen3-8b", "qwen3-32b", "qwen3-30b-a3b",
            "qwen3-235b-a22b", "qwen2-57b-a14b", "qwen1.5-moe-a2.7b", "gemma-2-9b", "gemma-2-27b", "gpt-oss-20b",
            "gpt-oss-120b"}) {
            ObjectNode config = (ObjectNode) new ObjectMapper().readTree(
                    FixtureContext.ROOT.resolve("claims/library/models/" + model + "/config.json").toFile());

            assertThat(OverflowFields.fits(read(config))).as(model).isTrue();
        }
    }

    private static ObjectNode library(String model) throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(
                FixtureContext.ROOT.resolve("claims/library/models/" + model + "/config.json").toFile());
    }

    private static ObjectNode llama() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(
                FixtureContext.ROOT.resolve("claims/library/models/llama-3.1-8b/config.json").toFile());
    }

    private static Architecture read(ObjectNode config) throws CheckException {
        return ModelConfigReader.read(config, "config.json");
    }
}
