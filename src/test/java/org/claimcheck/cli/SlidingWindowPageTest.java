package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example claim of issue 17 (a test article, not a published one): Gemma 2 9B's KV cache at 128K tokens against
 * Llama 3.1 8B's, whose fact-check page plots both caches, and gpt-oss-20b's, against context length.
 */
class SlidingWindowPageTest {

    private static final Path ARTICLE = Path.of("src/test/resources/fixtures/kv-window/claims/gemma-kv");

    @TempDir
    Path out;

    @Test
    void should_plot_the_capped_cache_against_a_model_without_windows() throws Exception {
        // when
        int exit = Main.execute(new String[] {"audit", ARTICLE.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));

        // then
        assertThat(exit).isZero();
        JsonNode derivation = new ObjectMapper().readTree(out.resolve("report.json").toFile())
                .at("/claims/0/derivations/0");
        // Gemma 2 9B: 42 layers, 21 of them sliding (even ones) with a 4,096-token window; 2 × 8 KV heads × 256 =
        // 4,096 elements = 8,192 bytes per layer and token in BF16. At 128K: (21 × 131,072 + 21 × 4,096) × 8,192 =
        // 23,253,221,376 bytes; Llama 3.1 8B: 32 × 131,072 × 2 × 8 × 128 × 2 = 17,179,869,184 bytes; ratio 1.3535
        assertThat(derivation.get("value").asDouble()).isCloseTo(23_253_221_376.0 / 17_179_869_184.0,
                within(1e-12));
        Map<String, Map<Double, Double>> gib = series(derivation.at("/plots/0/series"));
        // Gemma GiB: at 4K no window binds: 42 × 4,096 × 8,192 / 2^30 = 1.3125; at 32K (21 × 32,768 + 21 × 4,096)
        // × 8,192 / 2^30 = 5.90625; at 128K 21.65625. Without windows it would be 10.5 and 42 GiB.
        assertThat(gib.get("gemma-2-9b")).containsEntry(4_096.0, 1.3125).containsEntry(32_768.0, 5.90625)
                .containsEntry(131_072.0, 21.65625);
        // Llama GiB: 32 × n × 4,096 bytes: 0.5, 4 and 16
        assertThat(gib.get("llama-3.1-8b")).containsEntry(4_096.0, 0.5).containsEntry(32_768.0, 4.0)
                .containsEntry(131_072.0, 16.0);
        // gpt-oss-20b: 12 full + 12 sliding layers of 128 tokens, 2,048 bytes per layer and token: at 128K
        // (12 × 131,072 + 12 × 128) × 2,048 / 2^30 = 3.0029296875
        assertThat(gib.get("gpt-oss-20b")).containsEntry(131_072.0, 3.0029296875);
        String page = Files.readString(out.resolve("report.html"));
        assertThat(page).contains("<svg").contains("21 of 42 layers keep at most 4096 tokens");
    }

    /** Series name (up to the first space) → x → y. */
    private static Map<String, Map<Double, Double>> series(JsonNode series) {
        Map<String, Map<Double, Double>> byName = new HashMap<>();
        for (JsonNode one : series) {
            Map<Double, Double> points = new HashMap<>();
            for (int i = 0; i < one.get("x").size(); i++) {
                points.put(one.get("x").get(i).asDouble(), one.get("y").get(i).asDouble());
            }
            byName.put(one.get("name").asText().split(" ")[0], points);
        }
        return byName;
    }
}
