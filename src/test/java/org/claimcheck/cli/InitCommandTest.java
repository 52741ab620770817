package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.claim.ArticleText;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.load.ArticleClaims;
import org.claimcheck.claim.load.ArticleLoader;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.Draft;
import org.claimcheck.claim.load.Loaded;
import org.claimcheck.scan.Coverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init} against independent references: the seed article's audit counts 22 checkable sentences (README,
 * "What the audit prints"), and the seed's hand-written claim files give, for each quote, the section it stands in.
 * The folder init writes is read back by the loader, which knows nothing of init.
 */
class InitCommandTest {

    private static final Path SEED = Path.of("claims/deepseek-v3-article");

    @TempDir
    Path temp;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int init(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "init";
        System.arraycopy(args, 0, command, 1, args.length);
        return Main.execute(command, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    private static Loaded<ArticleClaims> load(Path folder) {
        return ArticleLoader.load(folder, ClaimsTree.ofArticle(folder));
    }

    @Test
    void should_draft_one_stub_per_checkable_sentence_of_the_seed_article() {
        // given
        Path folder = temp.resolve("news/seed");
        // when
        int exit = init(SEED.resolve("article.txt").toString(), "--model", "deepseek-v3", "--out", folder.toString());
        // then
        assertThat(exit).isZero();
        assertThat(stderr.toString()).isEmpty();
        Loaded<ArticleClaims> loaded = load(folder);
        assertThat(loaded.value().claims()).isEmpty();
        assertThat(loaded.value().drafts()).hasSize(22);
        assertThat(loaded.problems()).hasSize(22).allSatisfy(problem -> assertThat(problem.message())
                .contains("has no reading yet"));
        Coverage coverage = Coverage.of(loaded.value());
        assertThat(coverage.summary()).isEqualTo("22 checkable sentences: 0 covered, 0 waived, 0 uncovered, "
                + "22 drafted");
        assertThat(loaded.value().article().architectures()).containsExactly("deepseek-v3");
        assertThat(stdout.toString()).contains("with 22 draft claims");
    }

    @Test
    void should_place_each_seed_claim_in_a_stub_under_the_section_its_author_gave() {
        // given
        Path folder = temp.resolve("seed");
        init(SEED.resolve("article.txt").toString(), "--out", folder.toString());
        List<Draft> drafts = load(folder).value().drafts();
        ArticleClaims seed = load(SEED).value();
        // the seed's claims that stand in a checkable sentence (mla-speed-reading quotes a metaphor, which is not one)
        java.util.Set<String> placed = new java.util.HashSet<>();
        Coverage.of(seed).entries().forEach(entry -> placed.addAll(entry.claimIds()));
        List<Claim> seedClaims = seed.claims().stream().filter(claim -> placed.contains(claim.id())).toList();
        String stubs = read(folder.resolve("claims/drafts.yaml"));
        // then every hand-written claim quotes within one stub's sentence, and that stub names the same section
        assertThat(seedClaims).hasSize(29).allSatisfy(claim -> {
            Draft stub = drafts.stream().filter(draft -> ArticleText.of(draft.quote()).contains(claim.quote()))
                    .findFirst().orElseThrow(() -> new AssertionError("no stub holds " + claim.id()));
            String entry = stubs.substring(stubs.indexOf("quote: \"" + stub.quote().replace("\"", "\\\"")));
            entry = entry.substring(0, entry.indexOf("\n  - id:") < 0 ? entry.length() : entry.indexOf("\n  - id:"));
            if (claim.section().startsWith("DeepSeek V3 Optimization Secret")) {
                assertThat(entry).contains("section: \"" + claim.section() + "\"");
            } else {
                assertThat(entry).doesNotContain("section:");
            }
        });
    }

    @Test
    void should_parse_each_figure_of_a_sentence_with_its_unit() {
        // given sentences of the seed, each figure read by hand
        Path text = write("post.txt", "Imagine training a 671B-parameter model without burning through cash like "
                + "OpenAI's $100M GPT-4 budget. It groups values into 128-channel tiles on H800 GPUs.\n");
        // when
        assertThat(init(text.toString(), "--out", temp.resolve("post").toString())).isZero();
        // then
        String stubs = read(temp.resolve("post/claims/drafts.yaml"));
        assertThat(stubs).contains("figure: \"671B parameters\"\n    # figures in the sentence: 671B parameters "
                + "(671000000000 parameters); $100M (100000000 USD)\n");
        assertThat(stubs).contains("figure: \"128 channels\"\n    # figures in the sentence: 128 channels "
                + "(128 channels)\n");
    }

    @Test
    void should_assert_the_first_figure_with_a_unit_rather_than_a_number_of_a_name() {
        // given a sentence whose first number is part of a model's name, and one with bare numbers only
        Path text = write("names.txt", "Mixtral 8x7B holds 46.7B parameters in all. Llama 3 has 8 variants.\n");
        // when
        assertThat(init(text.toString(), "--out", temp.resolve("names").toString())).isZero();
        // then: 46.7B parameters is asserted, the 8 of the name is listed; bare numbers only: the first
        String stubs = read(temp.resolve("names/claims/drafts.yaml"));
        assertThat(stubs).contains("figure: \"46.7B parameters\"\n    # figures in the sentence: 8 (8 count); "
                + "46.7B parameters (46700000000 parameters)\n");
        assertThat(stubs).contains("figure: \"3\"\n    # figures in the sentence: 3 (3 count); 8 (8 count)\n");
    }

    @Test
    void should_write_an_article_without_headings_and_take_its_first_line_as_title() {
        Path text = write("plain.txt", "FP8 halves the bytes of each value. That is 50% of BF16.\n");
        assertThat(init(text.toString(), "--out", temp.resolve("plain").toString())).isZero();
        assertThat(read(temp.resolve("plain/article.yaml"))).contains("title: \"FP8 halves the bytes of each value. "
                + "That is 50% of BF16.\"\n").contains("architectures: []\n");
        assertThat(read(temp.resolve("plain/claims/drafts.yaml"))).doesNotContain("section:");
        assertThat(load(temp.resolve("plain")).value().drafts()).extracting(Draft::quote)
                .containsExactly("FP8 halves the bytes of each value.", "That is 50% of BF16.");
    }

    @Test
    void should_quote_text_that_yaml_would_read_otherwise() {
        // quotes, backslashes, a tab and a colon followed by a space all read back as written
        Path text = write("odd.txt", "He said \"cut 50%\": a\\b\tc costs $5M.\n");
        assertThat(init(text.toString(), "--out", temp.resolve("odd").toString())).isZero();
        assertThat(load(temp.resolve("odd")).value().drafts()).extracting(Draft::quote)
                .containsExactly("He said \"cut 50%\": a\\b c costs $5M.");
    }

    @Test
    void should_refuse_an_existing_folder_and_leave_it_untouched() throws IOException {
        // given
        Path folder = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        // when
        int exit = init(SEED.resolve("article.txt").toString(), "--out", folder.toString());
        // then
        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("claimcheck: --out " + folder.toString().replace('\\', '/')
                + ": expected a folder that does not exist yet, got an existing folder (init never overwrites)"
                + System.lineSeparator());
        assertThat(entries(temp)).containsExactly("taken");
        assertThat(entries(folder)).containsExactly("notes.txt");
    }

    @Test
    void should_refuse_an_empty_existing_folder_too() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("empty"));
        assertThat(init(SEED.resolve("article.txt").toString(), "--out", folder.toString())).isEqualTo(2);
        assertThat(entries(folder)).isEmpty();
    }

    @Test
    void should_refuse_an_out_folder_inside_a_file() {
        Path file = write("file.txt", "not a folder");
        int exit = init(SEED.resolve("article.txt").toString(), "--out", file.resolve("x/y").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).endsWith(": expected a folder that does not exist yet, got a path inside a "
                + "file" + System.lineSeparator());
        assertThat(entries(temp)).containsExactly("file.txt");
    }

    @Test
    void should_refuse_an_article_above_the_size_limit_and_a_missing_one() throws IOException {
        // given a text of 4 MiB and one byte, the article limit plus one
        Path huge = temp.resolve("huge.txt");
        Files.write(huge, new byte[4 * 1024 * 1024 + 1]);
        // when
        int hugeExit = init(huge.toString(), "--out", temp.resolve("a").toString());
        int missingExit = init(temp.resolve("missing.txt").toString(), "--out", temp.resolve("b").toString());
        // then
        assertThat(hugeExit).isEqualTo(2);
        assertThat(missingExit).isEqualTo(2);
        assertThat(stderr.toString().lines()).containsExactly(
                huge.toString().replace('\\', '/') + ":1:1: expected an article text of at most 4194304 bytes, got "
                        + "4194305 bytes",
                temp.resolve("missing.txt").toString().replace('\\', '/') + ":1:1: expected an article text, got no "
                        + "such file");
        assertThat(entries(temp)).containsExactly("huge.txt");
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(temp.resolve(name), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The names in a folder, sorted: no staging folder may be left beside the one init creates. */
    private static List<String> entries(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
