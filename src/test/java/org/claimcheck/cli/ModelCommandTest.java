package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class ModelCommandTest {

    private static final String V3 = "claims/library/models/deepseek-v3/config.json";
    private static final String BAD = "src/test/resources/model/bad/";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void should_print_deepseek_v3_as_json() throws Exception {
        int status = execute(V3, "--json");

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(status).isZero();
        // FACTS D3 (hand derivation in ParameterCountTest): 671,026,419,200 total; 36,625,618,432 active
        assertThat(json.get("total_params").asLong()).isEqualTo(671_026_419_200L);
        assertThat(json.get("active_params").asLong()).isEqualTo(36_625_618_432L);
        assertThat(json.get("active_params_with_embedding").asLong()).isEqualTo(37_552_297_472L);
        // FACTS D7: 70,272 bytes per token in BF16
        assertThat(json.get("kv_cache_bytes_per_token").asLong()).isEqualTo(70_272L);
        assertThat(json.get("context_tokens").asLong()).isEqualTo(4096);
        // R §3.3.3 p.18 as the library's facts state it: FP32 master 4 + FP32 gradient 4 + BF16 moments 2 + 2
        assertThat(json.get("training_state_bytes_per_param").get("deepseek-v3").asLong()).isEqualTo(12);
        assertThat(json.get("training_state_bytes_per_param").get("bf16-mixed").asLong()).isEqualTo(16);
        assertThat(json.has("flops_per_token")).isTrue();
        assertThat(json.has("mtp_params")).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void should_print_a_table_with_the_published_figures() {
        int status = execute(V3);

        assertThat(status).isZero();
        assertThat(out.toString()).contains("total_params                   671,026,419,200  (671.03B)")
                .contains("NOT reproduced at the precision written");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Llama 3.1 405B: 2 × 8 KV heads × 128 × 126 layers = 258,048 elements a token; × 131,072 tokens =
        // 33,822,867,456 elements. At 1 byte (FP8): 258,048 and 33,822,867,456 bytes. At 6 bits, packed:
        // 258,048 × 6 / 8 = 193,536 bytes a token, 33,822,867,456 × 6 / 8 = 25,367,150,592 a sequence
        "FP8 | FP8   | 258048 | 33822867456",
        "6   | 6-bit | 193536 | 25367150592"
    })
    void should_take_context_and_kv_precision_as_a_format_or_a_bit_width(String given, String shown,
                                                                          long bytesPerToken, long bytesPerSequence)
            throws Exception {
        int status = execute("claims/library/models/llama-3.1-405b/config.json", "--json", "--context", "131072",
                "--kv-precision", given);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(status).isZero();
        assertThat(json.get("kv_precision").asText()).isEqualTo(shown);
        assertThat(json.get("kv_cache_bytes_per_token").asLong()).isEqualTo(bytesPerToken);
        assertThat(json.get("kv_cache_bytes_per_sequence").asLong()).isEqualTo(bytesPerSequence);
    }

    @Test
    void should_exit_2_naming_the_kv_precisions_it_takes() {
        int status = execute("claims/library/models/llama-3.1-405b/config.json", "--kv-precision", "FP4");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("--kv-precision: expected one of FP32, BF16, FP16, FP8, or a bit width "
                + "in [1, 64], got \"FP4\"" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void should_exit_2_naming_a_missing_field() {
        int status = execute(BAD + "missing-hidden-size.json");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(BAD + "missing-hidden-size.json: hidden_size: expected a positive "
                + "integer, got nothing" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void should_exit_2_printing_every_problem_of_the_config_one_a_line() {
        String file = BAD + "several-problems.json";

        int status = execute(file);

        String n = System.lineSeparator();
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                file + ": vocab_size: expected a positive integer, got nothing" + n
                + file + ": hidden_size: expected a positive integer, got \"4096\"" + n
                + file + ": num_hidden_layers: expected a positive integer, got nothing" + n
                + file + ": tie_word_embeddings: expected true or false, got \"no\"" + n
                + file + ": num_key_value_heads: expected a divisor of num_attention_heads (32), got 5" + n);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void should_exit_2_listing_the_supported_model_types() {
        int status = execute(BAD + "unknown-model-type.json");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(BAD + "unknown-model-type.json: model_type: expected one of llama, "
                + "mistral, mixtral, deepseek_v2, deepseek_v3, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma2, gpt_oss, "
                + "got \"gpt2\"" + System.lineSeparator());
    }

    @Test
    void should_exit_2_with_line_and_column_of_truncated_json_and_no_stack_trace() {
        int status = execute(BAD + "truncated.json");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(BAD + "truncated.json:5:15: expected a complete JSON object, got the "
                + "end of the file" + System.lineSeparator());
        assertThat(err.toString()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void should_exit_2_for_a_missing_file(@TempDir Path dir) {
        Path missing = dir.resolve("config.json");

        int status = execute(missing.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith(missing.toString().replace('\\', '/')
                + ":1:1: expected a config.json, got no such file");
    }

    @Test
    void should_read_a_config_the_tests_never_named(@TempDir Path dir) throws Exception {
        // a Mixtral-family config with 4 experts, 1 active, tied embeddings, hidden 32, 2 layers, 4 heads, 2 KV
        // heads, intermediate 64, vocab 100; by hand per layer: q 32×32 + k 32×16 + v 32×16 + o 32×32 = 3,072,
        // experts 4 × 3 × 32 × 64 = 24,576, router 4 × 32 = 128, norms 64 → 27,840; 2 layers 55,680 +
        // embedding 3,200 (tied) + final norm 32 = 58,912
        Path file = Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"mixtral\", \"vocab_size\": 100, "
                + "\"hidden_size\": 32, \"intermediate_size\": 64, \"num_hidden_layers\": 2, \"num_attention_heads\": "
                + "4, \"num_key_value_heads\": 2, \"num_local_experts\": 4, \"num_experts_per_tok\": 1, "
                + "\"tie_word_embeddings\": true}");

        int status = execute(file.toString(), "--json");

        assertThat(status).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("total_params").asLong()).isEqualTo(58_912L);
    }

    @Test
    void should_exit_2_naming_the_fields_whose_counts_overflow_64_bits(@TempDir Path dir) throws Exception {
        // 10^12 × 10^12 embedding elements exceed 2^63 ≈ 9.2 × 10^18, and so do 10^18 layers of 18 parameters at
        // width 1; 10^18 layers must not be enumerated
        Path file = Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"llama\", \"vocab_size\": "
                + "1000000000000, \"hidden_size\": 1000000000000, \"intermediate_size\": 4, "
                + "\"num_hidden_layers\": 1000000000000000000, \"num_attention_heads\": 1}");
        String cited = file.toString().replace('\\', '/');
        String expected = ": expected a size for which the model's parameter, FLOP and KV-cache counts fit in 64 bits";

        int status = execute(file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(cited + ": num_hidden_layers" + expected + ", got 1000000000000000000"
                + System.lineSeparator() + cited + ": hidden_size" + expected + ", got 1000000000000"
                + System.lineSeparator());
    }

    @Test
    void should_exit_2_for_a_context_out_of_range() {
        int status = execute(V3, "--context", "0");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("--context: expected an integer in [1, 1048576], got 0");
    }

    private int execute(String... args) {
        CommandLine command = new CommandLine(new ModelCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }
}
