package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims with several figures ({@code parts:}), read against the fixture library's demo article. */
class PartReaderTest {

    /** A claim of two parts; line 1 is "claims:", the first part's "- id" is line 6, column 9. */
    private static final String TWO_PARTS = """
            claims:
              - id: size-and-active
                quote: "a 100B-parameter model"
                section: "Demo Model Review"
                parts:
                  - id: total
                    asserts:
                      figure: 100B parameters
                    interpretations:
                      - id: total
                        reading: "total parameters"
                        stated: true
                        fact: demo.total-params
                  - id: opinion
                    asserts:
                      nothing_testable: "an opinion"
            """;

    @TempDir
    Path temp;

    private Loaded<ArticleClaims> load(String yaml) {
        return FixtureTree.in(temp).claims("a.yaml", yaml).load();
    }

    private List<String> problems(String yaml) {
        return load(yaml).problems().stream().map(Problem::render).toList();
    }

    @Test
    void should_read_each_part_as_a_claim_with_the_quote_and_section_of_its_claim() {
        // when
        Loaded<ArticleClaims> loaded = load(TWO_PARTS);
        // then
        assertThat(loaded.problems()).isEmpty();
        Claim claim = loaded.value().claims().get(0);
        assertThat(claim.assertion()).isInstanceOf(Assertion.Parts.class);
        assertThat(claim.interpretations()).isEmpty();
        assertThat(claim.parts()).extracting(Claim::id).containsExactly("total", "opinion");
        assertThat(claim.parts()).extracting(Claim::quote).containsOnly("a 100B-parameter model");
        assertThat(claim.parts()).extracting(Claim::section).containsOnly("Demo Model Review");
        assertThat(claim.parts().get(0).interpretations()).extracting(i -> i.id()).containsExactly("total");
        assertThat(claim.parts().get(1).assertion()).isEqualTo(new Assertion.NothingTestable("an opinion"));
        assertThat(claim.parts()).extracting(part -> part.location().toString())
                .containsExactly("claims/demo/claims/a.yaml:6:9", "claims/demo/claims/a.yaml:14:9");
    }

    @Test
    void should_give_a_one_figure_claim_no_parts() {
        assertThat(load(FixtureTree.ONE_CLAIM).value().claims().get(0).parts()).isEmpty();
    }

    @Test
    void should_refuse_asserts_beside_parts() {
        String yaml = TWO_PARTS.replace("    parts:\n", "    asserts: {figure: 100B parameters}\n    parts:\n");
        assertThat(problems(yaml)).containsExactly("claims/demo/claims/a.yaml:5:14: claims[0].asserts: expected "
                + "either asserts (one figure or mechanism) or parts (several), got both");
    }

    @Test
    void should_refuse_interpretations_on_a_claim_with_parts() {
        String yaml = TWO_PARTS + "    interpretations: []\n";
        assertThat(problems(yaml)).containsExactly("claims/demo/claims/a.yaml:17:22: claims[0].interpretations: "
                + "expected the interpretations inside each part of a claim with parts, got them on the claim");
    }

    @Test
    void should_refuse_an_empty_list_of_parts() {
        String yaml = TWO_PARTS.substring(0, TWO_PARTS.indexOf("    parts:")) + "    parts: []\n";
        assertThat(problems(yaml)).containsExactly("claims/demo/claims/a.yaml:5:12: claims[0].parts: expected at "
                + "least one part ({id, asserts, interpretations}), got none");
    }

    @Test
    void should_refuse_a_second_part_with_the_same_id() {
        String yaml = TWO_PARTS.replace("- id: opinion", "- id: total");
        assertThat(problems(yaml)).containsExactly("claims/demo/claims/a.yaml:14:9: claims[0].parts[1].id: "
                + "expected a part id unique within the claim, got \"total\", already used at "
                + "claims/demo/claims/a.yaml:6:9");
    }

    @Test
    void should_report_every_problem_of_a_malformed_part_at_its_line() {
        // given: the second part lacks asserts and has a claim's field
        String yaml = TWO_PARTS.replace("""
                        asserts:
                          nothing_testable: "an opinion"
                """, """
                        quote: "a 100B-parameter model"
                """);
        // then
        assertThat(problems(yaml)).containsExactly(
                "claims/demo/claims/a.yaml:14:9: claims[0].parts[1].asserts: expected a mapping, got nothing",
                "claims/demo/claims/a.yaml:15:9: claims[0].parts[1].quote: expected a known field (one of asserts, "
                        + "caveats, id, interpretations), got \"quote\"");
    }

    /** The problem stands at the value of the part's {@code asserts}, the line under it (16, column 11). */
    @Test
    void should_refuse_a_testable_part_without_interpretations() {
        String yaml = TWO_PARTS.replace("nothing_testable: \"an opinion\"", "figure: 10B parameters");
        assertThat(problems(yaml)).containsExactly("claims/demo/claims/a.yaml:16:11: claims[0].parts[1].asserts: "
                + "expected at least one interpretation for a testable part, got none");
    }

    /** Line 18 is the caveat; column 50 is the value "total" after "interpretation: ". */
    @Test
    void should_refuse_a_claim_caveat_that_rests_on_a_reading_and_say_where_it_goes() {
        String yaml = TWO_PARTS + "    caveats:\n      - {text: \"only the total\", interpretation: total}\n";
        assertThat(problems(yaml)).containsExactly("claims/demo/claims/a.yaml:18:50: claims[0].caveats[0]"
                + ".interpretation: expected the id of one of the claim's interpretations (a claim with parts has "
                + "none of its own: put the caveat in the part whose reading it rests on), got \"total\"");
    }

    @Test
    void should_keep_the_other_claims_of_the_file_when_a_part_is_broken() {
        String yaml = TWO_PARTS.replace("- id: opinion", "- id: Opinion") + FixtureTree.ONE_CLAIM.replace(
                "claims:\n", "");
        Loaded<ArticleClaims> loaded = load(yaml);
        assertThat(loaded.problems()).extracting(Problem::field).containsExactly("claims[0].parts[1].id");
        assertThat(loaded.value().claims()).extracting(Claim::id).containsExactly("size-100b");
    }
}
