package org.claimcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.load.FixtureTree;
import org.claimcheck.verdict.AuditResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per failure mode under {@code src/test/resources/bad-input/}: {@code claims.yaml} (and, for a library
 * problem, {@code facts.yaml}) and {@code expected.txt}, the exact problems the audit must report, one a line. Each case
 * also carries a valid claim file that must still be judged, in bounded time.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final String OTHER_CLAIM = """
            claims:
              - id: other
                quote: "FP8 cuts data size by 50%"
                section: "Demo Model Review"
                asserts:
                  figure: 50%
                interpretations:
                  - id: vs-bf16
                    reading: "bits per element vs BF16"
                    stated: true
                    expression: "1 - fp8 / bf16"
                    unit: ratio
                    inputs:
                      fp8: {fact: format.fp8-bits}
                      bf16: {fact: format.bf16-bits}
            """;

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_report_exactly_the_expected_problems_and_still_judge_the_valid_claim(String name) throws IOException {
        // given
        Path folder = CORPUS.resolve(name);
        FixtureTree tree = FixtureTree.in(temp).claims("zz-other.yaml", OTHER_CLAIM);
        Files.copy(folder.resolve("claims.yaml"), tree.article().resolve("claims/case.yaml"));
        if (Files.exists(folder.resolve("facts.yaml"))) {
            Files.copy(folder.resolve("facts.yaml"), tree.root().resolve("claims/library/facts/extra.yaml"));
        }
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8);
        // when
        AuditResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Audit.withAllChecks().run(tree.article()));
        // then
        assertThat(result.problems()).extracting(Problem::render).containsExactlyElementsOf(expected);
        assertThat(result.claims()).extracting(c -> c.claim().id()).contains("other");
    }

    @org.junit.jupiter.api.Test
    void should_report_an_empty_article_folder() throws IOException {
        Path empty = temp.resolve("claims/empty");
        Files.createDirectories(empty);
        FixtureTree.in(temp);
        AuditResult result = Audit.withAllChecks().run(empty);
        assertThat(result.problems()).extracting(Problem::render).containsExactly("claims/empty:1:1: expected an "
                + "article folder with article.txt, article.yaml and claims/*.yaml, got no article.txt");
        assertThat(result.claims()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void should_refuse_a_huge_article_in_bounded_time() throws IOException {
        // given: 5 MiB of text, above the 4 MiB a hand-written file may have
        FixtureTree tree = FixtureTree.in(temp).claims("zz-other.yaml", OTHER_CLAIM);
        Files.writeString(tree.article().resolve("article.txt"), "FP8 cuts data size by 50%. ".repeat(5 * 1024 * 1024 / 27 + 1));
        long bytes = Files.size(tree.article().resolve("article.txt"));
        // when
        AuditResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Audit.withAllChecks().run(tree.article()));
        // then
        assertThat(result.problems()).extracting(Problem::render).contains("claims/demo/article.txt:1:1: expected a "
                + "file of at most 4194304 bytes, got " + bytes);
    }
}
