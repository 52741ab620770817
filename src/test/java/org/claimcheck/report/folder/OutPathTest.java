package org.claimcheck.report.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutPathTest {

    @TempDir
    Path temp;

    @Test
    void should_refuse_a_dot_dot_that_goes_through_a_folder_that_does_not_exist() {
        assertThatThrownBy(() -> OutPath.resolve(Path.of("missing/../x"))).isInstanceOf(ReportFolderException.class)
                .hasMessage("expected a folder that can be written, got a path whose .. goes through missing, which "
                        + "does not exist");
        assertThatThrownBy(() -> OutPath.resolve(temp.resolve("missing/../x")))
                .hasMessage("expected a folder that can be written, got a path whose .. goes through "
                        + temp.resolve("missing") + ", which does not exist");
    }

    @Test
    void should_refuse_a_dot_dot_that_goes_through_a_file() throws Exception {
        Files.writeString(temp.resolve("pom.xml"), "<project/>");
        assertThatThrownBy(() -> OutPath.resolve(temp.resolve("pom.xml/../x")))
                .hasMessage("expected a folder that can be written, got a path whose .. goes through "
                        + temp.resolve("pom.xml") + ", which is a file");
    }

    @Test
    void should_go_up_from_a_folder_that_exists() throws Exception {
        Files.createDirectories(temp.resolve("a"));
        assertThat(OutPath.resolve(temp.resolve("a/../x"))).isEqualTo(temp.toRealPath().resolve("x"));
        assertThat(OutPath.resolve(temp.resolve("./a/./x"))).isEqualTo(temp.resolve("a/x"));
    }

    @Test
    void should_go_up_from_where_a_symbolic_link_points_as_the_system_does() throws Exception {
        Files.createDirectories(temp.resolve("real/inner"));
        Files.createSymbolicLink(temp.resolve("link"), temp.resolve("real/inner"));
        assertThat(OutPath.resolve(temp.resolve("link/../x"))).isEqualTo(temp.toRealPath().resolve("real/x"));
    }

    @Test
    void should_replace_a_linked_folder_where_the_link_points() throws Exception {
        Files.createDirectories(temp.resolve("reports"));
        Files.createSymbolicLink(temp.resolve("out"), temp.resolve("reports"));
        assertThat(OutPath.resolve(temp.resolve("out"))).isEqualTo(temp.toRealPath().resolve("reports"));
    }

    @Test
    void should_refuse_a_path_through_a_file() throws Exception {
        Files.writeString(temp.resolve("pom.xml"), "<project/>");
        assertThatThrownBy(() -> OutPath.resolve(temp.resolve("pom.xml/reports")))
                .hasMessage("expected a folder that can be written, got a path through the file " + temp.resolve(
                        "pom.xml"));
    }

    @Test
    void should_refuse_the_root_of_the_file_system() {
        assertThatThrownBy(() -> OutPath.resolve(Path.of("/")))
                .hasMessage("expected a folder that can be written, got the root of a file system");
    }
}
