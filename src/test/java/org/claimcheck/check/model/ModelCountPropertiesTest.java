package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.check.CheckException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every size field of a config can only add weights: raising one (keeping the config valid) never lowers the total or
 * the activated count. Checked for each family on the library's real configs. (For Llama-style configs without
 * {@code head_dim}, more query heads mean narrower heads: the head count is then not a size field on its own, and the
 * key-value head count is raised instead.)
 */
class ModelCountPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private long[] counts(ObjectNode config) throws IOException, CheckException {
        Path file = Files.createTempFile(temp, "config", ".json");
        JSON.writeValue(file.toFile(), config);
        Architecture model = ModelConfigReader.read(file, file.toString());
        return new long[] {ParameterCount.total(model).value(), ParameterCount.active(model).value()};
    }

    @ParameterizedTest
    @CsvSource({
        "deepseek-v3, hidden_size, 128", "deepseek-v3, num_hidden_layers, 1", "deepseek-v3, vocab_size, 64",
        "deepseek-v3, intermediate_size, 128", "deepseek-v3, moe_intermediate_size, 128",
        "deepseek-v3, n_routed_experts, 8", "deepseek-v3, n_shared_experts, 1", "deepseek-v3, num_experts_per_tok, 1",
        "deepseek-v3, kv_lora_rank, 64", "deepseek-v3, q_lora_rank, 64", "deepseek-v3, num_attention_heads, 8",
        "deepseek-v3, qk_rope_head_dim, 16", "deepseek-v3, qk_nope_head_dim, 16", "deepseek-v3, v_head_dim, 16",
        "deepseek-v2, n_routed_experts, 16", "deepseek-v2, num_hidden_layers, 2",
        "llama-3.1-8b, hidden_size, 128", "llama-3.1-8b, num_hidden_layers, 1", "llama-3.1-8b, vocab_size, 64",
        "llama-3.1-8b, intermediate_size, 128", "llama-3.1-8b, num_key_value_heads, 8",
        "llama-3.1-405b, num_key_value_heads, 8",
        "mixtral-8x7b, num_local_experts, 2", "mixtral-8x7b, num_experts_per_tok, 1",
        "mixtral-8x7b, intermediate_size, 128"
    })
    void should_never_lower_a_count_when_a_size_field_grows(String model, String field, long step) throws Exception {
        // given
        ObjectNode config = (ObjectNode) JSON.readTree(Path.of("claims/library/models", model, "config.json").toFile());
        long[] before = counts(config);
        // when
        config.put(field, config.get(field).asLong() + step);
        long[] after = counts(config);
        // then
        assertThat(after[0]).as("total after %s + %d", field, step).isGreaterThanOrEqualTo(before[0]);
        assertThat(after[1]).as("active after %s + %d", field, step).isGreaterThanOrEqualTo(before[1]);
    }
}
