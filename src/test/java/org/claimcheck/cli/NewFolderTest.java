package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewFolderTest {

    @TempDir
    Path temp;

    @Test
    void should_create_the_folder_whole_with_nothing_left_beside_it() throws Exception {
        NewFolder.create(temp.resolve("a/post"), Map.of("article.txt", "text", "claims/drafts.yaml", "claims: []\n"));
        assertThat(Files.readString(temp.resolve("a/post/claims/drafts.yaml"))).isEqualTo("claims: []\n");
        assertThat(names(temp.resolve("a"))).containsExactly("post");
    }

    @Test
    void should_leave_nothing_when_a_write_fails_midway() {
        // given a second file that cannot be written: its folder would be the first file
        Map<String, String> files = new LinkedHashMap<>();
        files.put("x", "a file");
        files.put("x/y", "inside a file");
        // when, then: neither the folder nor its staging folder is left
        assertThatThrownBy(() -> NewFolder.create(temp.resolve("post"), files))
                .isInstanceOf(NewFolder.RefusedException.class)
                .hasMessageStartingWith("expected a folder that does not exist yet, got a folder that cannot be "
                        + "written");
        assertThat(names(temp)).isEmpty();
    }

    @Test
    void should_refuse_a_file_at_the_name() throws IOException {
        Files.writeString(temp.resolve("post"), "mine");
        assertThatThrownBy(() -> NewFolder.create(temp.resolve("post"), Map.of("a", "b")))
                .hasMessage("expected a folder that does not exist yet, got an existing file");
        assertThat(Files.readString(temp.resolve("post"))).isEqualTo("mine");
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
