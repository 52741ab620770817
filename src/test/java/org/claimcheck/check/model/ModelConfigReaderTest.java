package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.io.InputText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelConfigReaderTest {

    private static final String BAD = "src/test/resources/model/bad/";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "missing-hidden-size.json | hidden_size: expected a positive integer, got nothing",
        "string-hidden-size.json | hidden_size: expected a positive integer, got \"4096\"",
        "unknown-model-type.json | model_type: expected one of llama, mistral, mixtral, deepseek_v2, deepseek_v3, "
                + "qwen2, qwen2_moe, qwen3, qwen3_moe, gemma2, gpt_oss, got \"gpt2\"",
        "kv-heads-not-dividing.json | num_key_value_heads: expected a divisor of num_attention_heads (32), got 5",
        "too-many-active-experts.json | num_experts_per_tok: expected at most num_local_experts (8), got 9",
        "array.json | expected a JSON object, got a JSON array"
    })
    void should_name_the_file_and_the_field_of_a_bad_config(String file, String message) {
        assertThatThrownBy(() -> read(BAD + file))
                .isInstanceOf(CheckException.class)
                .hasMessage(BAD + file + ": " + message)
                .extracting(e -> ((CheckException) e).reason()).isEqualTo(CheckException.Reason.INVALID_INPUT);
    }

    @Test
    void should_report_every_problem_of_a_config_at_once_in_reading_order() {
        // missing vocab_size and num_hidden_layers, a string hidden_size, a string tie_word_embeddings and 5 KV heads
        // for 32 query heads: five problems, each its own message
        String file = BAD + "several-problems.json";

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(CheckException.class)
                .extracting(e -> ((CheckException) e).problems()).asList().containsExactly(
                        file + ": vocab_size: expected a positive integer, got nothing",
                        file + ": hidden_size: expected a positive integer, got \"4096\"",
                        file + ": num_hidden_layers: expected a positive integer, got nothing",
                        file + ": tie_word_embeddings: expected true or false, got \"no\"",
                        file + ": num_key_value_heads: expected a divisor of num_attention_heads (32), got 5");
    }

    @Test
    void should_put_each_problem_on_its_own_line_of_the_message(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"mistral\"}");

        assertThatThrownBy(() -> ModelConfigReader.read(file, "config.json")).hasMessage("""
                config.json: vocab_size: expected a positive integer, got nothing
                config.json: hidden_size: expected a positive integer, got nothing
                config.json: num_hidden_layers: expected a positive integer, got nothing
                config.json: num_attention_heads: expected a positive integer, got nothing
                config.json: intermediate_size: expected a positive integer, got nothing""");
    }

    @Test
    void should_not_blame_a_rule_on_a_field_when_the_other_field_of_the_rule_is_broken(@TempDir Path dir)
            throws Exception {
        // 8 KV heads cannot be checked against a head count that is not a number: only the head count is wrong
        Path file = Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"llama\", \"vocab_size\": 10, "
                + "\"hidden_size\": 64, \"intermediate_size\": 128, \"num_hidden_layers\": 2, "
                + "\"num_attention_heads\": \"32\", \"num_key_value_heads\": 8}");

        assertThatThrownBy(() -> ModelConfigReader.read(file, "config.json"))
                .hasMessage("config.json: num_attention_heads: expected a positive integer, got \"32\"");
    }

    @Test
    void should_give_line_and_column_of_truncated_json() {
        // the file ends after line 5's 14 characters '  "num_hidden_', so the end of input is at 5:15
        assertThatThrownBy(() -> read(BAD + "truncated.json"))
                .isInstanceOf(CheckException.class)
                .hasMessage(BAD + "truncated.json:5:15: expected a complete JSON object, got the end of the file");
    }

    @Test
    void should_give_line_and_column_of_a_syntax_error(@TempDir Path dir) throws Exception {
        // the second comma on line 2 is its 19th character
        Path file = Files.writeString(dir.resolve("config.json"),
                "{\"model_type\": \"llama\",\n \"vocab_size\": 10,,}");

        assertThatThrownBy(() -> ModelConfigReader.read(file, "config.json"))
                .hasMessageStartingWith("config.json:2:19: expected valid JSON, got Unexpected character (','");
    }

    @Test
    void should_list_the_supported_model_types_when_model_type_is_missing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("config.json"), "{\"vocab_size\": 10}");

        assertThatThrownBy(() -> ModelConfigReader.read(file, "config.json"))
                .hasMessage("config.json: model_type: expected one of llama, mistral, mixtral, deepseek_v2, "
                        + "deepseek_v3, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma2, gpt_oss, got nothing");
    }

    @Test
    void should_report_a_missing_file_and_an_empty_file(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");

        assertThatThrownBy(() -> ModelConfigReader.read(dir.resolve("none.json"), "none.json"))
                .hasMessage("none.json:1:1: expected a config.json, got no such file");
        assertThatThrownBy(() -> ModelConfigReader.read(empty, "empty.json"))
                .hasMessage("empty.json: expected a JSON object, got an empty file");
    }

    @Test
    void should_use_and_cite_hugging_face_defaults_for_absent_fields() throws Exception {
        Architecture model = read("src/test/resources/model/mha-llama-defaults.json");

        assertThat(model.attention()).isEqualTo(new GroupedQueryAttention(48, 6, 6, 8, false));
        assertThat(model.tiedEmbeddings()).isFalse();
        assertThat(model.field("num_key_value_heads").source().locator())
                .isEqualTo("num_key_value_heads (absent; Hugging Face default: num_attention_heads)");
        assertThat(model.field("default context").source().document()).isEqualTo("claimcheck");
    }

    @Test
    void should_read_deepseek_v3_as_its_report_states_it() throws Exception {
        // R §4.2 p.22: 61 layers, first 3 dense, 1 shared + 256 routed experts of width 2048, 8 active,
        // 128 heads, d_c 512, query latent 1536, RoPE dim 64; MTP depth 1 (R p.23)
        Architecture v3 = read("claims/library/models/deepseek-v3/config.json");

        assertThat(v3.attention()).isEqualTo(new LatentAttention(7168, 128, 1536, 512, 128, 64, 128, false));
        assertThat(v3.experts()).isEqualTo(new MixtureOfExperts(256, 1, 8, 2048, 3, 1, true));
        assertThat(v3.moeLayers()).isEqualTo(58);
        assertThat(v3.mtpLayers()).isEqualTo(1);
        assertThat(v3.fields()).extracting(SourcedValue::name).contains("hidden_size", "n_routed_experts");
    }

    @Test
    void should_read_latent_attention_without_query_compression() throws Exception {
        Architecture lite = read("src/test/resources/model/deepseek-v2-lite.json");

        assertThat(lite.attention()).isEqualTo(new LatentAttention(2048, 16, 0, 512, 128, 64, 128, false));
        assertThat(lite.experts().routingBias()).isFalse();
    }

    @Test
    void should_place_moe_layers_by_first_dense_and_frequency() throws Exception {
        // sparse-moe-v3: 7 layers, first_k_dense_replace 1, moe_layer_freq 2 → MoE at 2, 4, 6; MTP layers 7, 8
        Architecture model = read("src/test/resources/model/sparse-moe-v3.json");

        assertThat(model.moeLayers()).isEqualTo(3);
        assertThat(model.denseLayers()).isEqualTo(4);
        assertThat(model.experts().isMoeLayer(8)).isTrue();
        assertThat(model.experts().isMoeLayer(7)).isFalse();
    }

    @Test
    void should_read_a_config_once_per_path_and_text_and_a_changed_text_afresh() throws CheckException {
        // given: two texts under one path that differ in num_hidden_layers only (a small Llama, counted elsewhere)
        String config = """
                {"model_type": "llama", "vocab_size": 1000, "hidden_size": 64, "num_hidden_layers": %d,
                 "num_attention_heads": 4, "num_key_value_heads": 2, "intermediate_size": 128}""";
        InputText twoLayers = new InputText("config.json", config.formatted(2), "0".repeat(64));
        InputText threeLayers = new InputText("config.json", config.formatted(3), "0".repeat(64));

        // when / then: the same file gives the very same architecture; a changed text under the same path and digest
        // is read again, so no remembered config stands in for another
        Architecture first = ModelConfigReader.read(twoLayers);
        assertThat(ModelConfigReader.read(new InputText("config.json", config.formatted(2), "0".repeat(64))))
                .isSameAs(first);
        assertThat(ModelConfigReader.read(threeLayers).layers()).isEqualTo(3);
        assertThat(first.layers()).isEqualTo(2);
    }

    private static Architecture read(String relativePath) throws CheckException {
        return ModelConfigReader.read(FixtureContext.ROOT.resolve(relativePath), relativePath);
    }
}
