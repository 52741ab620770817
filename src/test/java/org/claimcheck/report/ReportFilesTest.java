package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path folder;

    @Test
    void should_replace_a_report_whole() throws IOException {
        Path report = folder.resolve("report.json");
        Files.writeString(report, "old");
        ReportFiles.writeAtomically(report, "new");
        assertThat(Files.readString(report)).isEqualTo("new");
        assertThat(listing()).containsExactly("report.json");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void should_leave_the_previous_report_intact_when_the_last_step_fails() throws IOException {
        // given
        Path report = folder.resolve("report.json");
        Files.writeString(report, "{\"previous\": true}");
        // when: the move into place fails, as a full disk or a killed process would make it
        assertThatThrownBy(() -> ReportFiles.writeAtomically(report, "{\"half", (finished, target) -> {
            throw new IOException("injected failure");
        })).isInstanceOf(IOException.class).hasMessage("injected failure");
        // then: the old report is whole and no temporary file is left behind
        assertThat(Files.readString(report)).isEqualTo("{\"previous\": true}");
        assertThat(listing()).containsExactly("report.json");
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
