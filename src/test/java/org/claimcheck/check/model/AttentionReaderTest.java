package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules on attention fields, on Llama-3.1-8B (hidden 4,096, 32 heads, 8 KV heads) and DeepSeek-V3. */
class AttentionReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "num_attention_heads | 0 | num_attention_heads: expected a positive integer, got 0",
        "num_key_value_heads | 12 | num_key_value_heads: expected a divisor of num_attention_heads (32), got 12",
        "num_key_value_heads | 64 | num_key_value_heads: expected a divisor of num_attention_heads (32), got 64",
        "num_attention_heads | 36 | num_key_value_heads: expected a divisor of num_attention_heads (36), got 8",
        "head_dim | 0 | head_dim: expected a positive integer, got 0"
    })
    void should_refuse_grouped_query_attention_the_model_cannot_build(String field, long value, String message)
            throws IOException {
        ObjectNode config = config("llama-3.1-8b").put("head_dim", 128).put(field, value);

        assertThatThrownBy(() -> ModelConfigReader.read(config, "config.json")).hasMessage("config.json: " + message);
    }

    @Test
    void should_need_head_dim_when_the_heads_do_not_divide_the_width() throws IOException {
        // LlamaConfig's default head_dim is hidden_size // num_attention_heads: 4,096 / 24 is not whole
        ObjectNode config = config("llama-3.1-8b").put("num_attention_heads", 24);

        assertThatThrownBy(() -> ModelConfigReader.read(config, "config.json")).hasMessage("config.json: head_dim: "
                + "expected an integer >= 1 when hidden_size is not a multiple of num_attention_heads, got nothing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "num_attention_heads | 0 | num_attention_heads: expected a positive integer, got 0",
        "kv_lora_rank | 0 | kv_lora_rank: expected a positive integer, got 0",
        "v_head_dim | 0 | v_head_dim: expected a positive integer, got 0",
        "qk_rope_head_dim | -64 | qk_rope_head_dim: expected an integer >= 0, got -64"
    })
    void should_refuse_latent_attention_the_model_cannot_build(String field, long value, String message)
            throws IOException {
        ObjectNode config = config("deepseek-v3").put(field, value);

        assertThatThrownBy(() -> ModelConfigReader.read(config, "config.json")).hasMessage("config.json: " + message);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0, x"})
    void should_refuse_query_heads_of_no_channels(long noRope, String rope) throws IOException {
        // with both dims 0 a query has no channel to score with; a mistyped rope dim is its own problem
        ObjectNode config = config("deepseek-v3").put("qk_nope_head_dim", noRope);
        if (rope.equals("x")) {
            config.put("qk_rope_head_dim", "64");
        } else {
            config.put("qk_rope_head_dim", Long.parseLong(rope));
        }

        assertThatThrownBy(() -> ModelConfigReader.read(config, "config.json")).hasMessage(rope.equals("x")
                ? "config.json: qk_rope_head_dim: expected an integer >= 0, got \"64\""
                : "config.json: qk_nope_head_dim: expected a positive sum with qk_rope_head_dim, got 0 and 0");
    }

    static ObjectNode config(String model) throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(
                FixtureContext.ROOT.resolve("claims/library/models/" + model + "/config.json").toFile());
    }
}
