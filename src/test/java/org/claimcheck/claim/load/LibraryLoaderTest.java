package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.claim.Document;
import org.claimcheck.claim.Library;
import org.claimcheck.claim.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLoaderTest {

    @TempDir
    Path temp;

    private static Loaded<Library> load(FixtureTree tree) {
        ClaimsTree claims = ClaimsTree.ofArticle(tree.article());
        return LibraryLoader.load(claims.library(), claims);
    }

    private static List<String> rendered(Loaded<?> loaded) {
        return loaded.problems().stream().map(Problem::render).toList();
    }

    @Test
    void should_read_the_bibliography_fields_of_a_document() {
        // given
        FixtureTree tree = FixtureTree.in(temp).write("claims/library/sources.yaml", """
                documents:
                  T:
                    title: "Test report"
                    authors: "Test Lab"
                    date: "2024-12-26"
                    url: "https://example.org/report"
                    note: "arXiv 0000.00000"
                    origin: "written for the tests"
                  FP8F:
                    title: "FP8 formats"
                    origin: "test copy"
                  CFG-DEMO:
                    title: "Demo config.json"
                    origin: "test copy"
                    file: models/demo/config.json
                  tool:
                    title: "A convention of the tool"
                    origin: "its documentation"
                    internal: true
                """);
        // when
        Loaded<Library> loaded = load(tree);
        // then
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().documents().get("T")).isEqualTo(new Document("T", "Test report", "Test Lab",
                "2024-12-26", "https://example.org/report", "arXiv 0000.00000", "written for the tests", "", false));
        assertThat(loaded.value().documents().get("FP8F")).isEqualTo(new Document("FP8F", "FP8 formats", "", "", "",
                "", "test copy", "", false));
        assertThat(loaded.value().documents().get("CFG-DEMO").file())
                .isEqualTo("claims/library/models/demo/config.json");
        assertThat(loaded.value().documents().get("tool").internal()).isTrue();
    }

    @Test
    void should_report_a_date_a_link_and_a_field_it_does_not_know() {
        // given
        FixtureTree tree = FixtureTree.in(temp).write("claims/library/sources.yaml", """
                documents:
                  T:
                    title: "Test report"
                    date: "26 Dec 2024"
                    url: "javascript:alert(1)"
                    author: "Test Lab"
                    origin: "written for the tests"
                  FP8F:
                    title: "FP8 formats"
                    origin: "test copy"
                """);
        // when
        Loaded<Library> loaded = load(tree);
        // then every problem is reported, by line, and the document is kept without the fields in error
        assertThat(rendered(loaded)).containsExactly(
                "claims/library/sources.yaml:4:11: documents.T.date: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "
                        + "\"26 Dec 2024\"",
                "claims/library/sources.yaml:5:10: documents.T.url: expected an http:// or https:// address, got "
                        + "\"javascript:alert(1)\"",
                "claims/library/sources.yaml:6:5: documents.T.author: expected a known field (one of authors, date, "
                        + "file, internal, note, origin, title, url), got \"author\"; did you mean `authors`?");
        assertThat(loaded.value().documents().get("T")).isEqualTo(new Document("T", "Test report", "", "", "", "",
                "written for the tests", "", false));
    }
}
