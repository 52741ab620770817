package org.claimcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.load.FixtureTree;
import org.claimcheck.io.Fifo;
import org.claimcheck.verdict.AuditResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the audit reads: only the files it uses, each hashed once; nothing that could hang it (a FIFO), exhaust it (a
 * huge file) or leak a file from outside the tree (a symbolic link).
 */
class AuditInputsTest {

    @TempDir
    Path temp;

    private AuditResult audit(FixtureTree tree) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Audit.withAllChecks().run(tree.article()));
    }

    @Test
    void should_list_as_inputs_exactly_the_files_the_audit_read() {
        FixtureTree tree = FixtureTree.in(temp).claims("one.yaml", FixtureTree.ONE_CLAIM)
                .write("claims/demo/notes.txt", "not an input").write("claims/other/article.txt", "another article");
        AuditResult result = audit(tree);
        assertThat(result.problems()).isEmpty();
        // the model config of the library is not read: no claim of this article names a check over it
        assertThat(result.inputs()).extracting(AuditResult.InputFile::path).containsExactly(
                "claims/demo/article.txt", "claims/demo/article.yaml", "claims/demo/claims/one.yaml",
                "claims/library/facts/demo.yaml", "claims/library/facts/format.yaml", "claims/library/sources.yaml");
    }

    @Test
    void should_not_open_a_huge_file_it_does_not_use() throws IOException {
        FixtureTree tree = FixtureTree.in(temp).claims("one.yaml", FixtureTree.ONE_CLAIM);
        try (RandomAccessFile file = new RandomAccessFile(tree.article().resolve("dump.bin").toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: no disk used
        }
        AuditResult result = audit(tree);
        assertThat(result.problems()).isEmpty();
        assertThat(result.inputs()).extracting(AuditResult.InputFile::path).doesNotContain("claims/demo/dump.bin");
    }

    @Test
    void should_report_a_fifo_among_the_claim_files_and_judge_the_others() throws Exception {
        FixtureTree tree = FixtureTree.in(temp).claims("one.yaml", FixtureTree.ONE_CLAIM);
        Fifo.make(tree.article().resolve("claims/pipe.yaml"));
        AuditResult result = audit(tree);
        assertThat(result.problems()).extracting(Problem::render).containsExactly("claims/demo/claims/pipe.yaml:1:1: "
                + "expected a YAML file, got a special file (a FIFO, socket or device), which is never read");
        assertThat(result.claims()).extracting(c -> c.claim().id()).containsExactly("size-100b");
    }

    @Test
    void should_refuse_an_article_text_that_links_out_of_the_tree() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "a 100B-parameter model, and a secret");
        FixtureTree tree = FixtureTree.in(temp.resolve("repo")).claims("one.yaml", FixtureTree.ONE_CLAIM);
        Files.delete(tree.article().resolve("article.txt"));
        Files.createSymbolicLink(tree.article().resolve("article.txt"), secret);
        AuditResult result = audit(tree);
        assertThat(result.problems()).extracting(Problem::render).contains("claims/demo/article.txt:1:1: expected an "
                + "article text inside claims, got a link that leads outside it");
        assertThat(result.article().text()).doesNotContain("secret");
        assertThat(result.inputs()).extracting(AuditResult.InputFile::path).doesNotContain("claims/demo/article.txt");
    }
}
