package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code model} on each config the library ships for the families of issue 17. */
class ModelCommandLibraryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // model | model_type | layers | sliding-window layers | weight bytes by hand (0: not checked here)
        // gpt-oss-120b: 114,661,785,600 MXFP4 elements × 4.25 bits + 2,167,371,072 BF16 × 16 bits, / 8
        "gpt-oss-120b      | gpt_oss   | 36 | 18 | 65248815744",
        // gpt-oss-20b: 19,110,297,600 × 4.25 / 8 + 1,804,459,584 × 2
        "gpt-oss-20b       | gpt_oss   | 24 | 12 | 13761264768",
        // Gemma 2: 42 and 46 layers (report Table 1), alternate layers sliding
        "gemma-2-9b        | gemma2    | 42 | 21 | 0",
        "gemma-2-27b       | gemma2    | 46 | 23 | 0",
        "qwen2.5-7b        | qwen2     | 28 | 0  | 0",
        "qwen2.5-3b        | qwen2     | 36 | 0  | 0",
        "qwen3-8b          | qwen3     | 36 | 0  | 0",
        "qwen3-32b         | qwen3     | 64 | 0  | 0",
        "qwen3-30b-a3b     | qwen3_moe | 48 | 0  | 0",
        // qwen3-235b-a22b: 235,093,634,560 BF16 parameters (PublishedModelCountsTest's hand count) × 2 bytes
        "qwen3-235b-a22b   | qwen3_moe | 94 | 0  | 470187269120",
        "qwen2-57b-a14b    | qwen2_moe | 28 | 0  | 0",
        "qwen1.5-moe-a2.7b | qwen2_moe | 24 | 0  | 0"})
    void should_summarise_every_shipped_config(String model, String type, long layers, long sliding,
                                               long weightBytes) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = Main.execute(new String[] {"model", "claims/library/models/" + model + "/config.json", "--json"},
                new PrintWriter(out, true), new PrintWriter(err, true));

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(status).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(json.get("model_type").asText()).isEqualTo(type);
        assertThat(json.get("layers").asLong()).isEqualTo(layers);
        assertThat(json.get("sliding_window_layers").asLong()).isEqualTo(sliding);
        if (weightBytes > 0) {
            assertThat(json.get("weight_bytes").asLong()).isEqualTo(weightBytes);
        }
        assertThat(json.get("notes").toString()).doesNotContain("Exception");
    }
}
