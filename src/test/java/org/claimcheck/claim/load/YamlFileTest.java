package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.claim.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guards of {@link YamlFile#parse}: what makes a whole file unreadable, reported where it stands. */
class YamlFileTest {

    @TempDir
    Path temp;

    private final List<Problem> problems = new ArrayList<>();

    private boolean parses(String yaml) throws IOException {
        Path file = temp.resolve("f.yaml");
        Files.writeString(file, yaml);
        return YamlFile.parse(file, "f.yaml", problems).isPresent();
    }

    private List<String> rendered() {
        return problems.stream().map(Problem::render).toList();
    }

    @Test
    void should_report_a_duplicate_key_at_the_second_one() throws IOException {
        assertThat(parses("""
                claims:
                  - id: first
                    quote: q
                    id: second
                """)).isFalse();
        assertThat(rendered()).containsExactly("f.yaml:4:5: claims[0].id: expected each key once in a mapping, got "
                + "\"id\" again (first at line 2, column 5)");
    }

    @Test
    void should_report_every_duplicate_key_of_every_mapping() throws IOException {
        assertThat(parses("""
                title: a
                facts:
                  - {name: x, figure: 1, figure: 2}
                  - name: y
                    from: {file: f.json, unit: GB, unit: GiB}
                title: b
                """)).isFalse();
        assertThat(rendered()).containsExactly(
                "f.yaml:3:26: facts[0].figure: expected each key once in a mapping, got \"figure\" again (first at "
                        + "line 3, column 15)",
                "f.yaml:5:36: facts[1].from.unit: expected each key once in a mapping, got \"unit\" again (first at "
                        + "line 5, column 26)",
                "f.yaml:6:1: title: expected each key once in a mapping, got \"title\" again (first at line 1, "
                        + "column 1)");
    }

    @Test
    void should_count_a_quoted_key_and_a_plain_one_as_the_same_key() throws IOException {
        assertThat(parses("with:\n  seed: 1\n  \"seed\": 2\n")).isFalse();
        assertThat(rendered()).containsExactly("f.yaml:3:3: with.seed: expected each key once in a mapping, got "
                + "\"seed\" again (first at line 2, column 3)");
    }

    @Test
    void should_refuse_a_custom_tag() throws IOException {
        assertThat(parses("quote: !!python/object/apply:os.system [\"true\"]\nnote: !secret x\n")).isFalse();
        assertThat(rendered()).containsExactly(
                "f.yaml:1:8: quote: expected no tag other than !!str, !!int, !!float, !!bool, !!null, !!seq or "
                        + "!!map, got \"!!python/object/apply:os.system\"",
                "f.yaml:2:7: note: expected no tag other than !!str, !!int, !!float, !!bool, !!null, !!seq or "
                        + "!!map, got \"!secret\"");
    }

    @Test
    void should_refuse_a_standard_tag_on_the_wrong_kind_of_node() throws IOException {
        assertThat(parses("a: !!str [x]\nb: !!set {x: null}\nc: !!binary aGk=\n")).isFalse();
        assertThat(rendered()).extracting(line -> line.substring(0, line.indexOf(": expected")))
                .containsExactly("f.yaml:1:4: a", "f.yaml:2:4: b", "f.yaml:3:4: c");
    }

    @Test
    void should_accept_standard_tags_and_text_that_looks_like_an_environment_variable() throws IOException {
        assertThat(parses("a: !!str 12\nb: !!map {c: !!int 3}\nd: ${HOME}\n")).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void should_refuse_an_alias_inside_its_own_anchor() throws IOException {
        assertThat(parses("with:\n  a: &loop [1, *loop]\n")).isFalse();
        assertThat(rendered()).containsExactly("f.yaml:2:6: with.a: expected a value that does not contain itself, "
                + "got an alias to an enclosing anchor");
    }

    @Test
    void should_refuse_deep_nesting_in_bounded_time() {
        // 100 000 nested lists would overflow a recursive composer's stack; 50 levels is the limit
        String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        boolean parsed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parses(deep));
        assertThat(parsed).isFalse();
        assertThat(rendered()).containsExactly("f.yaml:1:53: expected at most 50 levels of nesting, got more");
    }
}
