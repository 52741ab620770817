package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.claim.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Typed reading of fields under YAML 1.2 (JSON schema): a value is read as written or reported, never coerced. The
 * YAML 1.1 words below are the boolean forms of https://yaml.org/type/bool.html; YAML 1.2 reads them as text.
 */
class FieldsTest {

    @TempDir
    Path temp;

    private final List<Problem> problems = new ArrayList<>();

    private Fields fields(String yaml) throws IOException {
        Path file = temp.resolve("f.yaml");
        Files.writeString(file, yaml);
        return YamlFile.parse(file, "f.yaml", problems).flatMap(node -> Fields.of("f.yaml", "", node, problems))
                .orElseThrow();
    }

    private List<String> rendered() {
        return problems.stream().map(Problem::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "on", "off", "y", "n", "Yes", "NO", "On", "OFF", "Y", "True", "FALSE"})
    void should_refuse_a_yaml_1_1_boolean_word_where_true_or_false_is_expected(String word) throws IOException {
        // when
        Optional<Boolean> stated = fields("stated: " + word + "\n").bool("stated", true);
        // then
        assertThat(stated).isEmpty();
        assertThat(rendered()).containsExactly("f.yaml:1:9: stated: expected true or false, got \"" + word + "\"");
    }

    @Test
    void should_read_true_and_false() throws IOException {
        Fields fields = fields("a: true\nb: false\n");
        assertThat(fields.bool("a", true)).contains(true);
        assertThat(fields.bool("b", true)).contains(false);
        assertThat(problems).isEmpty();
    }

    @Test
    void should_refuse_an_explicitly_tagged_yaml_1_1_boolean() throws IOException {
        assertThat(fields("stated: !!bool yes\n").bool("stated", true)).isEmpty();
        assertThat(rendered()).containsExactly("f.yaml:1:9: stated: expected true or false, got \"yes\"");
    }

    @Test
    void should_read_yaml_1_1_words_as_the_text_written_in_a_string_field() throws IOException {
        Fields fields = fields("a: yes\nb: ~\nc: 0x1F\nd: 2025-01-15\ne: 12:30\nf: 1e3\n");
        assertThat(List.of("a", "b", "c", "d", "e", "f")).map(key -> fields.string(key, true).orElseThrow())
                .containsExactly("yes", "~", "0x1F", "2025-01-15", "12:30", "1e3");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1_000", "0x1F", "0o17", "017", "+12", "1.", ".5", ".inf", "-.inf", ".nan", "1e999",
            "'0.5'", "!!float 0x1F", "12:30", "2025-01-15", "true", "null"})
    void should_refuse_a_number_not_written_as_a_finite_json_number(String written) throws IOException {
        // when
        Optional<Double> number = fields("scale: " + written + "\n").number("scale", true);
        // then
        assertThat(number).isEmpty();
        String shown = written.equals("null") ? "nothing" : "\"" + written.replaceAll("^'|'$|^!!float ", "") + "\"";
        assertThat(rendered()).containsExactly("f.yaml:1:8: scale: expected a finite number, got " + shown);
    }

    @Test
    void should_read_json_numbers_exactly_as_written() throws IOException {
        Fields fields = fields("a: 0\nb: -12\nc: 0.25\nd: 1e3\ne: -2.5E-3\nf: 9007199254740992\n");
        assertThat(List.of("a", "b", "c", "d", "e", "f")).map(key -> fields.number(key, true).orElseThrow())
                .containsExactly(0.0, -12.0, 0.25, 1000.0, -0.0025, 9007199254740992.0);
        assertThat(problems).isEmpty();
    }

    @Test
    void should_refuse_a_whole_number_a_double_does_not_hold_exactly() throws IOException {
        // 2^53 + 1 = 9007199254740993 rounds to 2^53 as a double; 2^64 is beyond a long as well
        Fields fields = fields("a: 9007199254740993\nb: 18446744073709551616\n");
        assertThat(fields.number("a", true)).isEmpty();
        assertThat(fields.number("b", true)).isEmpty();
        assertThat(rendered()).containsExactly(
                "f.yaml:1:4: a: expected a whole number of at most 2^53 = 9007199254740992 in magnitude, so that a "
                        + "double holds it exactly, got \"9007199254740993\"",
                "f.yaml:2:4: b: expected a whole number of at most 2^53 = 9007199254740992 in magnitude, so that a "
                        + "double holds it exactly, got \"18446744073709551616\"");
    }

    @Test
    void should_refuse_a_non_zero_number_that_a_double_rounds_to_zero() throws IOException {
        // the smallest positive double is 2^-1074 ≈ 4.9e-324
        assertThat(fields("a: 1e-400\n").number("a", true)).isEmpty();
        assertThat(rendered()).containsExactly("f.yaml:1:4: a: expected a number a double holds (0, or 4.9e-324 to "
                + "1.8e308 in magnitude), got \"1e-400\"");
    }

    @Test
    void should_type_parameters_as_written() throws IOException {
        // when
        Map<String, Object> with = fields("""
                with:
                  flag: yes
                  on: true
                  count: 12
                  big: 9223372036854775807
                  share: 0.5
                  thousand: 1e3
                  underscored: 1_000
                  hex: 0x1F
                  nothing: ~
                  quoted: "12"
                  list: [1, two, false]
                """).plainMap("with");
        // then
        assertThat(problems).isEmpty();
        assertThat(with).containsExactly(Map.entry("flag", "yes"), Map.entry("on", true), Map.entry("count", 12L),
                Map.entry("big", Long.MAX_VALUE), Map.entry("share", 0.5), Map.entry("thousand", 1000.0),
                Map.entry("underscored", "1_000"), Map.entry("hex", "0x1F"), Map.entry("nothing", "~"),
                Map.entry("quoted", "12"), Map.entry("list", List.of(1L, "two", false)));
    }

    @Test
    void should_report_a_parameter_no_java_number_holds_as_written() throws IOException {
        // when: 2^63 is one past the largest long
        Map<String, Object> with = fields("with: {seed: 9223372036854775808, scale: [1, .inf], cap: 1e999}\n")
                .plainMap("with");
        // then
        assertThat(with).isEmpty();
        assertThat(rendered()).containsExactly(
                "f.yaml:1:14: with.seed: expected a whole number within the 64-bit range (-9223372036854775808 to "
                        + "9223372036854775807), got \"9223372036854775808\"",
                "f.yaml:1:46: with.scale[1]: expected a finite number, got \".inf\"",
                "f.yaml:1:58: with.cap: expected a finite number, got \"1e999\"");
    }

    @Test
    void should_refuse_a_parameter_that_is_not_what_its_explicit_tag_says() throws IOException {
        assertThat(fields("with: {flag: !!bool yes, count: !!int 0x1F, share: !!float 0.5}\n").plainMap("with"))
                .isEmpty();
        assertThat(rendered()).containsExactly(
                "f.yaml:1:14: with.flag: expected true or false, got \"yes\"",
                "f.yaml:1:33: with.count: expected a finite number, got \"0x1F\"");
    }

    @Test
    void should_report_a_parameter_without_a_value_where_it_stands() throws IOException {
        assertThat(fields("with:\n  config: demo\n  seed:\n").plainMap("with")).isEmpty();
        assertThat(rendered()).containsExactly("f.yaml:3:8: with.seed: expected a value, got nothing");
    }
}
