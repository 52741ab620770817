package org.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFileTest {

    @TempDir
    Path root;

    private CheckContext libraryWith(String figures) throws Exception {
        Path library = root.resolve("claims/library");
        Files.createDirectories(library.resolve("facts"));
        Files.createDirectories(library.resolve("figures"));
        Files.writeString(library.resolve("sources.yaml"), "documents:\n  T: {title: \"a test\", origin: x}\n");
        Files.writeString(library.resolve("figures/table.json"), figures);
        return LibraryFixture.at(root, List.of());
    }

    @Test
    void should_refuse_a_figure_file_that_names_a_key_twice() throws Exception {
        // a second "rows" would otherwise replace the first without a word (RFC 8259 §4 leaves it to the reader)
        CheckContext context = libraryWith("{\n  \"rows\": [1, 2],\n  \"rows\": [3]\n}\n");

        assertThatThrownBy(() -> FigureFile.load(context, "figures/table.json"))
                .isInstanceOf(CheckException.class)
                .hasMessage("figures/table.json: expected a JSON figure file, got Duplicate field 'rows' at line 3, "
                        + "column 9");
    }

    @Test
    void should_name_the_line_of_malformed_json() throws Exception {
        CheckContext context = libraryWith("{\n  \"rows\": [1, 2,\n}\n");

        assertThatThrownBy(() -> FigureFile.load(context, "figures/table.json"))
                .isInstanceOf(CheckException.class)
                .hasMessageStartingWith("figures/table.json: expected a JSON figure file, got Unexpected character")
                .hasMessageContaining(" at line 3, column ")
                .hasMessageNotContaining("\n");
    }
}
