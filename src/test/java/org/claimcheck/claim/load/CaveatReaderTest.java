package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.claim.Caveat;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaveatReaderTest {

    /** {@link FixtureTree#ONE_CLAIM} with a {@code caveats:} list appended to its claim (4 spaces deep). */
    private static String withCaveats(String caveats) {
        return FixtureTree.ONE_CLAIM + "    caveats:\n" + caveats.indent(6);
    }

    @TempDir
    Path temp;

    private Loaded<ArticleClaims> load(String yaml) {
        return FixtureTree.in(temp).claims("a.yaml", yaml).load();
    }

    private List<String> problems(String yaml) {
        return load(yaml).problems().stream().map(Problem::render).toList();
    }

    @Test
    void should_read_a_caveat_of_each_basis_in_file_order_with_its_place() {
        // given
        String yaml = withCaveats("""
                - text: "press figure"
                  source: {document: T, locator: "p.5"}
                - text: "from a fact"
                  fact: demo.total-params
                - text: "from a reading"
                  interpretation: total
                """);
        // when
        Loaded<ArticleClaims> loaded = load(yaml);
        // then
        assertThat(loaded.problems()).isEmpty();
        List<Caveat> caveats = loaded.value().claims().get(0).caveats();
        assertThat(caveats).extracting(Caveat::text).containsExactly("press figure", "from a fact", "from a reading");
        assertThat(caveats).extracting(Caveat::basis).containsExactly(
                new Caveat.SourceBasis(new Source("T", "p.5")), new Caveat.FactBasis("demo.total-params"),
                new Caveat.InterpretationBasis("total"));
        // ONE_CLAIM has 11 lines; "caveats:" is line 12, the first item's "- text" line 13, column 9
        assertThat(caveats.get(0).location().toString()).isEqualTo("claims/demo/claims/a.yaml:13:9");
    }

    @Test
    void should_refuse_a_caveat_without_a_source_as_a_problem_of_the_claim_file() {
        String yaml = withCaveats("""
                - text: "just an opinion"
                """);
        assertThat(problems(yaml)).containsExactly("claims/demo/claims/a.yaml:13:9: claims[0].caveats[0]: expected "
                + "a source for the caveat ({text: …, source: {document, locator}}, {text: …, fact: NAME} or "
                + "{text: …, interpretation: ID}), got none");
    }

    @Test
    void should_refuse_a_caveat_written_as_bare_text() {
        String yaml = withCaveats("""
                - "a bare opinion"
                """);
        assertThat(problems(yaml)).containsExactly("claims/demo/claims/a.yaml:13:9: claims[0].caveats[0]: expected "
                + "a caveat with its source ({text: …, source: {document, locator}}, {text: …, fact: NAME} or "
                + "{text: …, interpretation: ID}), got \"a bare opinion\"");
    }

    @Test
    void should_refuse_two_bases_a_missing_text_and_an_unknown_interpretation() {
        String yaml = withCaveats("""
                - text: "two"
                  fact: demo.total-params
                  interpretation: total
                - fact: demo.total-params
                - text: "wrong reading"
                  interpretation: totl
                """);
        assertThat(problems(yaml)).containsExactly(
                "claims/demo/claims/a.yaml:13:9: claims[0].caveats[0]: expected exactly one of source, fact or "
                        + "interpretation, got 2",
                "claims/demo/claims/a.yaml:16:9: claims[0].caveats[1].text: expected a string, got nothing",
                "claims/demo/claims/a.yaml:18:25: claims[0].caveats[2].interpretation: expected the id of one of "
                        + "the claim's interpretations (one of total), got \"totl\"; did you mean `total`?");
    }
}
