package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit's --out folder: a folder that cannot take the reports is the user's error, and the table still shows. */
class AuditOutFolderTest {

    private static final String GOOD = "src/test/resources/fixtures/tree/claims/good";
    private static final String TABLE_END = "3 claims: 2 FOLLOWS, 0 DOES NOT FOLLOW, 0 UNSUPPORTED, 1 NOT CHECKABLE; "
            + "0 flagged; 0 problems\n";

    @TempDir
    Path temp;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    /** Runs the audit of the good fixture with stdout buffered, as a terminal's is: only what is flushed shows. */
    private int audit(String out) {
        return Main.execute(new String[] {"audit", GOOD, "--out", out},
                new PrintWriter(new BufferedWriter(stdout)), new PrintWriter(stderr, true));
    }

    private void assertRefused(int exit, String out, String got) {
        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("claimcheck: --out " + out + ": " + got + System.lineSeparator());
        assertThat(stdout.toString()).contains(TABLE_END).doesNotContain("Reports in");
    }

    @Test
    void should_exit_2_for_a_file_and_still_print_the_table() throws IOException {
        Path file = Files.writeString(temp.resolve("x"), "a file");
        assertRefused(audit(file.toString()), file.toString(), "expected a folder that can be written, got a file");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void should_exit_2_for_a_path_whose_dot_dot_goes_through_a_missing_folder() {
        String out = temp.resolve("missing/../x").toString();
        assertRefused(audit(out), out, "expected a folder that can be written, got a path whose .. goes through "
                + temp.resolve("missing") + ", which does not exist");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void should_exit_2_and_delete_nothing_for_a_folder_of_other_files() throws IOException {
        // given: a project folder given as --out by mistake (--out . or --out src)
        Files.writeString(temp.resolve("pom.xml"), "<project/>");
        Files.createDirectories(temp.resolve("src"));
        // when
        int exit = audit(temp.toString());
        // then
        assertRefused(exit, temp.toString(), "expected a new or empty folder, or one of claimcheck reports, got a "
                + "folder that also holds pom.xml, src/; give a folder of its own");
        assertThat(temp.resolve("pom.xml")).hasContent("<project/>");
        assertThat(temp.resolve("src")).isEmptyDirectory();
        assertThat(temp).isDirectoryNotContaining(path -> !path.getFileName().toString().matches("pom.xml|src"));
    }

    @Test
    void should_exit_2_for_a_read_only_folder_and_keep_its_reports() throws IOException {
        // given
        Path out = temp.resolve("out");
        assertThat(audit(out.toString())).isZero();
        Map<String, String> previous = FolderContents.of(out);
        stdout.getBuffer().setLength(0);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anyway: permissions do not bind it (ReportFolderTest injects the refusal instead)
            assumeThat(Files.isWritable(out)).as("write permission binds this user (not root)").isFalse();
            // when / then
            assertRefused(audit(out.toString()), out.toString(), "expected a folder that can be written, got a "
                    + "read-only folder");
            assertThat(FolderContents.of(out)).isEqualTo(previous);
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void should_replace_the_reports_of_an_earlier_run_and_name_them() throws IOException {
        Path out = temp.resolve("out");
        assertThat(audit(out.toString())).isZero();
        assertThat(audit(out.toString())).isZero();
        assertThat(stdout.toString()).endsWith("Reports in " + out + ": report.json, report.md, report-full.md, "
                + "report.html, claimreview.jsonld, TEST-claims.xml\n");
        assertThat(temp).isDirectoryContaining(path -> path.equals(out))
                .isDirectoryNotContaining(path -> path.getFileName().toString().startsWith(".claimcheck-"));
        assertThat(FolderContents.of(out)).containsOnlyKeys(".claimcheck-reports", "report.json", "report.md",
                "report-full.md", "report.html", "claimreview.jsonld", "TEST-claims.xml");
    }
}
