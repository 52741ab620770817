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
 * problem, {@code facts.yaml}) and {@code expected.txt}, the exact problems the audit must report, one a line. A case
 * may also lay files over the fixture tree: {@code library/} over {@code claims/library/} (a model's config, a figure
 * file) and {@code article/} over the article folder {@code claims/demo/}; and {@code links.txt} makes symbolic links,
 * one {@code LINK -> TARGET} a line, LINK relative to the tree's root ({@code claims/demo/article.txt}) and TARGET as
 * written (absolute, or relative to the link's folder). Each case also carries a valid claim file that must still be
 * judged, in bounded time.
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
        overlay(folder.resolve("library"), tree.root().resolve("claims/library"));
        overlay(folder.resolve("article"), tree.article());
        link(folder.resolve("links.txt"), tree.root());
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8);
        // when
        AuditResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Audit.withAllChecks().run(tree.article()));
        // then
        assertThat(result.problems()).extracting(Problem::render).containsExactlyElementsOf(expected);
        assertThat(result.claims()).extracting(c -> c.claim().id()).contains("other");
    }

    /** Copies every file under {@code from} (if it exists) to the same relative path under {@code to}, replacing. */
    private static void overlay(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Makes the symbolic links that {@code links.txt} lists, replacing any file at the link's place. */
    private static void link(Path links, Path root) throws IOException {
        if (!Files.exists(links)) {
            return;
        }
        for (String line : Files.readAllLines(links, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" -> ", 2);
            Path link = root.resolve(parts[0].strip());
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(parts[1].strip()));
        }
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
        assertThat(result.problems()).extracting(Problem::render).contains("claims/demo/article.txt:1:1: expected an "
                + "article text of at most 4194304 bytes, got " + bytes + " bytes");
    }
}
