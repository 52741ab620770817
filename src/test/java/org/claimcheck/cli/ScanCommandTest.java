package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures and their hand-read coverage are described in {@code org.claimcheck.scan.CoverageTest}. */
class ScanCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/scan/claims");
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int scan(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "scan";
        System.arraycopy(args, 0, command, 1, args.length);
        return Main.execute(command, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    private static String text(String folder) {
        return FIXTURES.resolve(folder).resolve("article.txt").toString();
    }

    private static String folder(String folder) {
        return FIXTURES.resolve(folder).toString();
    }

    @Test
    void should_exit_0_and_print_the_table_when_every_checkable_sentence_is_covered() {
        assertThat(scan(text("covered"), folder("covered"))).isZero();
        // columns padded to their widest cell ("LINE", "COVERED", "size-100b") plus two spaces
        assertThat(stdout.toString()).isEqualTo("""
                LINE  STATUS   BY         SENTENCE
                2     COVERED  size-100b  We trained a 100B-parameter model.
                2     COVERED  halves     FP8 cuts data size by 50% compared to BF16.
                4     COVERED  routed     The gate routes 8 of 64 experts per token.
                4     COVERED  routed     Only these 8 run, so compute falls by 87.5%.
                8     COVERED  shared     Shared Experts | Eliminates routing collapse |

                5 checkable sentences: 5 covered, 0 waived, 0 uncovered
                """);
        assertThat(stderr.toString()).isEmpty();
    }

    @Test
    void should_exit_0_when_the_rest_is_waived_and_show_the_reason_shortened() {
        assertThat(scan(text("waived"), folder("waived"))).isZero();
        // "a feature table the article does not source" is 44 chars: its first 39 and an ellipsis make 40
        assertThat(stdout.toString())
                .contains("8     WAIVED   a feature table the article does not so…  Shared Experts | Eliminates")
                .endsWith("5 checkable sentences: 2 covered, 3 waived, 0 uncovered\n");
    }

    @Test
    void should_exit_1_when_a_checkable_sentence_is_uncovered() {
        assertThat(scan(text("uncovered"), folder("uncovered"))).isEqualTo(1);
        assertThat(stdout.toString()).contains("2     UNCOVERED  -       We trained a 100B-parameter model.")
                .endsWith("5 checkable sentences: 1 covered, 0 waived, 4 uncovered\n");
    }

    @Test
    void should_leave_everything_uncovered_with_the_text_alone() {
        assertThat(scan(text("covered"))).isEqualTo(1);
        assertThat(stdout.toString().lines().skip(1).limit(5)).allMatch(row -> row.contains(" UNCOVERED  -  "));
        assertThat(stdout.toString()).endsWith("5 checkable sentences: 0 covered, 0 waived, 5 uncovered\n");
    }

    @Test
    void should_add_the_rules_column_when_asked() {
        assertThat(scan("--rules", text("covered"), folder("covered"))).isZero();
        // the widest rules cell is line 2's "percent,number,comparative,effect-verb" (38 chars): 33 + 2 spaces
        assertThat(stdout.toString().lines().findFirst()).hasValue(
                "LINE  STATUS   BY         RULES" + " ".repeat(35) + "SENTENCE");
        assertThat(stdout.toString()).contains("2     COVERED  halves     percent,number,comparative,effect-verb  FP8");
        // line 8: "Eliminates" is an effect verb, "Shared Experts | Eliminates" a label and a verb
        assertThat(stdout.toString()).contains("8     COVERED  shared     effect-verb,mechanism");
    }

    @Test
    void should_exit_2_naming_a_missing_article_file() {
        String missing = temp.resolve("nope.txt").toString().replace('\\', '/');
        assertThat(scan(missing)).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo(missing + ":1:1: expected an article text, got no such file" + NL);
        assertThat(stdout.toString()).isEmpty();
    }

    @Test
    void should_exit_2_naming_an_article_folder_that_does_not_exist_as_given() {
        String missing = temp.resolve("nonexistent/claims/dir").toString().replace('\\', '/');
        assertThat(scan(text("covered"), missing)).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("scan: " + missing + ": expected an article folder with article.txt, "
                + "article.yaml and claims/*.yaml, got no such folder" + NL);
        assertThat(stdout.toString()).isEmpty();
    }

    @Test
    void should_exit_2_naming_a_folder_given_as_the_article_file() {
        assertThat(scan(folder("covered"))).isEqualTo(2);
        assertThat(stderr.toString()).endsWith("covered:1:1: expected an article text, got a folder" + NL);
    }

    @Test
    void should_exit_2_naming_the_line_and_column_of_the_first_byte_that_is_not_utf8() throws IOException {
        // given: "ok\n" then "ab" and 0xFF, which no UTF-8 sequence starts with: line 2, column 3
        Path file = temp.resolve("latin.txt");
        Files.write(file, new byte[] {'o', 'k', '\n', 'a', 'b', (byte) 0xFF, 'c'});
        // when
        int status = scan(file.toString());
        // then
        assertThat(status).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo(file.toString().replace('\\', '/')
                + ":2:3: expected UTF-8 text, got bytes that are not UTF-8 (0xFF)" + NL);
    }

    @Test
    void should_exit_2_with_the_loader_message_for_a_broken_article_folder_and_still_print_the_table() {
        assertThat(scan(text("broken"), folder("broken"))).isEqualTo(2);
        // the second claim starts at line 7 ("  - id: size-70b", 5 lines after the first at line 2), column 5; the
        // path is relative to the repository root, the folder above the nearest claims/library
        assertThat(stderr.toString()).isEqualTo("src/test/resources/fixtures/scan/claims/broken/claims/demo.yaml:7:5: "
                + "quote: expected a verbatim quote of the article, got \"a 70B-parameter model\"" + NL);
        assertThat(stdout.toString()).endsWith("5 checkable sentences: 1 covered, 0 waived, 4 uncovered\n");
    }

    @Test
    void should_exit_2_for_a_missing_article_folder_named_as_given() {
        String missing = FIXTURES.resolve("nope").toString().replace('\\', '/');
        assertThat(scan(text("covered"), missing)).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("scan: " + missing + ": expected an article folder with article.txt, "
                + "article.yaml and claims/*.yaml, got no such folder" + NL);
    }

    @Test
    void should_exit_2_with_usage_when_the_article_file_is_missing() {
        assertThat(scan()).isEqualTo(2);
        assertThat(stderr.toString()).startsWith("Missing required parameter: 'ARTICLE.txt'").contains("Usage:");
    }

    @Test
    void should_note_claims_whose_quote_is_not_in_the_scanned_text() throws IOException {
        // given: a draft that keeps only the sentence the claim "halves" quotes
        Path draft = Files.writeString(temp.resolve("draft.txt"), "FP8 cuts data size by 50% in this draft.\n");
        // when
        int status = scan(draft.toString(), folder("covered"));
        // then
        assertThat(status).isZero();
        String shown = draft.toString().replace('\\', '/');
        assertThat(stderr.toString()).isEqualTo("scan: note: claim size-100b quotes text that is not in " + shown + NL
                + "scan: note: claim routed quotes text that is not in " + shown + NL
                + "scan: note: claim shared quotes text that is not in " + shown + NL);
        assertThat(stdout.toString()).endsWith("1 checkable sentences: 1 covered, 0 waived, 0 uncovered\n");
    }

    @Test
    void should_exit_2_for_a_binary_file() throws IOException {
        Path file = Files.write(temp.resolve("blob.txt"), new byte[] {'a', 0, 'b'});
        assertThat(scan(file.toString())).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo(file.toString().replace('\\', '/')
                + ":1:1: expected text, got a binary file" + NL);
    }

    @Test
    void should_exit_2_for_a_file_larger_than_4_mib() throws IOException {
        // 4 MiB = 4 * 1024 * 1024 = 4194304 bytes is the limit; one more byte is refused
        byte[] bytes = "a".repeat(4 * 1024 * 1024 + 1).getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(temp.resolve("huge.txt"), bytes);
        assertThat(scan(file.toString())).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo(file.toString().replace('\\', '/')
                + ":1:1: expected an article text of at most 4194304 bytes, got 4194305 bytes" + NL);
    }

    @Test
    void should_note_waivers_whose_quote_is_not_in_the_scanned_text() throws IOException {
        // given: the waived folder against a draft that keeps only "FP8 cuts data size by 50%"
        Path draft = Files.writeString(temp.resolve("draft.txt"), "FP8 cuts data size by 50% in this draft.\n");
        // when
        int status = scan(draft.toString(), folder("waived"));
        // then: claim size-100b and three of the four waivers quote text the draft lacks
        assertThat(status).isZero();
        String shown = draft.toString().replace('\\', '/');
        assertThat(stderr.toString().lines()).containsExactly(
                "scan: note: claim size-100b quotes text that is not in " + shown,
                "scan: note: the waiver of \"The gate routes 8 of 64 experts\" quotes text that is not in " + shown,
                "scan: note: the waiver of \"compute falls by 87.5%\" quotes text that is not in " + shown,
                "scan: note: the waiver of \"Shared Experts\" quotes text that is not in " + shown);
    }

    @Test
    void should_print_one_row_per_sentence_with_its_controls_shown_as_escapes() throws IOException {
        // given: a sentence with a number that would clear the screen, return to column 1 and reverse what follows
        Path article = Files.writeString(temp.resolve("controls.txt"), "FP8 cuts size by 50%\u001b[2J\r\u202e now.\n");
        // when
        int status = scan(article.toString());
        // then: the carriage return is white space to the sentence, the other two visible escapes
        assertThat(status).isEqualTo(1);
        assertThat(stdout.toString().lines()).containsExactly(
                "LINE  STATUS     BY  SENTENCE",
                "1     UNCOVERED  -   FP8 cuts size by 50%\\u001b[2J \\u202e now.",
                "",
                "1 checkable sentences: 0 covered, 0 waived, 1 uncovered");
    }
}
