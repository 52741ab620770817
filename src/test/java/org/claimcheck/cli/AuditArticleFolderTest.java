package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An article folder that cannot be loaded at all: exit 2, the path as given, no table, the previous reports kept. */
class AuditArticleFolderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/tree/claims");

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int audit(String article) {
        return Main.execute(new String[] {"audit", FIXTURES.resolve(article).toString(), "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-article", "", "good/article.txt", "library"})
    void should_exit_2_keep_the_previous_reports_and_print_no_table_for_a_folder_that_is_no_article(String article)
            throws IOException {
        // given: the reports of a good run
        audit("good");
        Map<String, String> previous = FolderContents.of(out);
        stdout.getBuffer().setLength(0);
        // when
        int exit = audit(article);
        // then
        assertThat(exit).isEqualTo(2);
        assertThat(FolderContents.of(out)).isEqualTo(previous);
        assertThat(stdout.toString()).isEmpty();
        assertThat(stderr.toString()).startsWith("claimcheck: " + FIXTURES.resolve(article) + ": expected an article "
                + "folder with article.txt, article.yaml and claims/*.yaml, got ").doesNotContain("\tat ");
    }

    @Test
    void should_say_where_to_run_from_when_the_article_folder_does_not_exist() {
        int exit = Main.execute(new String[] {"audit", "claims/nope", "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("claimcheck: claims/nope: expected an article folder with article.txt, "
                + "article.yaml and claims/*.yaml, got no such folder (run from the repository root, or give an "
                + "article folder)" + System.lineSeparator());
    }

    @Test
    void should_list_the_article_folders_of_a_folder_of_articles() {
        assertThat(audit("")).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("claimcheck: " + FIXTURES + ": expected an article folder with "
                + "article.txt, article.yaml and claims/*.yaml, got a folder of article folders; did you mean "
                + FIXTURES.resolve("broken") + ", " + FIXTURES.resolve("flagged") + " or " + FIXTURES.resolve("good")
                + "?" + System.lineSeparator());
    }

    @Test
    void should_say_a_file_is_a_file() {
        assertThat(audit("good/article.txt")).isEqualTo(2);
        assertThat(stderr.toString()).endsWith("got a file" + System.lineSeparator());
    }
}
