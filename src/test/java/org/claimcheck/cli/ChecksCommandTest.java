package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void should_list_every_check_then_the_models_of_the_default_library() {
        int status = run("checks");

        // the folders of claims/library/models that hold a config.json
        assertThat(status).isZero();
        String n = System.lineSeparator();
        assertThat(out.toString()).contains("model.total-params" + n, "cost.reduction" + n)
                .endsWith("models of claims/library (models/NAME/config.json, facts in facts/NAME.yaml): deepseek-v2, "
                        + "deepseek-v3, gemma-2-27b, gemma-2-9b, gpt-oss-120b, gpt-oss-20b, llama-3.1-405b, "
                        + "llama-3.1-70b, llama-3.1-8b, mixtral-8x7b, qwen1.5-moe-a2.7b, qwen2-57b-a14b, qwen2.5-3b, "
                        + "qwen2.5-7b, qwen3-235b-a22b, qwen3-30b-a3b, qwen3-32b, qwen3-8b"
                        + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void should_list_a_model_added_to_a_library_without_any_change_of_code(@TempDir Path root) throws Exception {
        // given
        Path library = root.resolve("claims/library");
        Files.createDirectories(library.resolve("models/new-model"));
        Files.writeString(library.resolve("models/new-model/config.json"), "{\"model_type\": \"llama\"}");
        Files.writeString(library.resolve("sources.yaml"), "documents: {}\n");

        // when
        int status = run("checks", "--library", library.toString());

        // then
        assertThat(status).isZero();
        assertThat(out.toString()).endsWith("facts in facts/NAME.yaml): new-model" + System.lineSeparator());
    }

    @Test
    void should_say_none_for_a_folder_that_is_no_library(@TempDir Path root) {
        assertThat(run("checks", "--library", root.resolve("nowhere").toString())).isZero();
        assertThat(out.toString()).endsWith("facts in facts/NAME.yaml): none" + System.lineSeparator());
    }
}
