package org.claimcheck.claim.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    private static final String GOOD_CLAIM = FixtureTree.ONE_CLAIM;

    @TempDir
    Path temp;

    private static Loaded<ArticleClaims> load(FixtureTree tree) {
        return tree.load();
    }

    private static java.util.List<String> rendered(Loaded<?> loaded) {
        return loaded.problems().stream().map(Problem::render).toList();
    }

    @Test
    void should_read_a_valid_claim_with_its_position() {
        // when
        Loaded<ArticleClaims> loaded = load(FixtureTree.in(temp).claims("a.yaml", GOOD_CLAIM));
        // then
        assertThat(loaded.problems()).isEmpty();
        Claim claim = loaded.value().claims().get(0);
        assertThat(claim.id()).isEqualTo("size-100b");
        assertThat(claim.location().toString()).isEqualTo("claims/demo/claims/a.yaml:2:5");
        assertThat(((Assertion.Figure) claim.assertion()).figure().quantity().inBase()).isEqualTo(1e11);
        assertThat(claim.interpretations().get(0).method()).isEqualTo(new Method.FactLookup("demo.total-params"));
        assertThat(loaded.value().article().architecture()).isEqualTo("demo");
    }

    @Test
    void should_report_malformed_yaml_with_its_position() {
        Loaded<ArticleClaims> loaded = load(FixtureTree.in(temp).claims("a.yaml", "claims:\n  - id: x\n    quote: [unclosed\n"));
        assertThat(rendered(loaded)).containsExactly(
                "claims/demo/claims/a.yaml:4:1: expected valid YAML, got expected ',' or ']', but got <stream end>");
    }

    @Test
    void should_report_a_wrong_type() {
        String yaml = GOOD_CLAIM.replace("stated: true", "stated: \"yes\"");
        assertThat(rendered(load(FixtureTree.in(temp).claims("a.yaml", yaml)))).containsExactly(
                "claims/demo/claims/a.yaml:10:17: claims[0].interpretations[0].stated: expected true or false, "
                        + "got \"yes\"");
    }

    @Test
    void should_report_a_missing_field_and_an_unknown_one_with_a_suggestion() {
        String yaml = GOOD_CLAIM.replace("    quote:", "    qoute:");
        assertThat(rendered(load(FixtureTree.in(temp).claims("a.yaml", yaml)))).containsExactly(
                "claims/demo/claims/a.yaml:2:5: claims[0].quote: expected a string, got nothing",
                "claims/demo/claims/a.yaml:3:5: claims[0].qoute: expected a known field (one of asserts, caveats, "
                        + "draft, id, interpretations, note, parts, quote, section, sources), got \"qoute\"; did you mean "
                        + "`note` or `quote`?");
    }

    @Test
    void should_report_a_figure_that_is_not_one_and_an_unknown_unit() {
        String words = GOOD_CLAIM.replace("figure: 100B parameters", "figure: five percent");
        String furlongs = GOOD_CLAIM.replace("figure: 100B parameters", "figure: 12 furlongs");
        assertThat(rendered(load(FixtureTree.in(temp).claims("a.yaml", words)))).containsExactly(
                "claims/demo/claims/a.yaml:6:15: claims[0].asserts.figure: expected a figure such as 84%, $5.576M, "
                        + "671B parameters or 128 channels, got \"five percent\"");
        assertThat(rendered(load(FixtureTree.in(temp.resolve("b")).claims("a.yaml", furlongs))).get(0))
                .startsWith("claims/demo/claims/a.yaml:6:15: claims[0].asserts.figure: expected a known unit (ratio,")
                .endsWith(") after the number, got \"12 furlongs\"");
    }

    @Test
    void should_report_a_duplicate_id_and_keep_the_first_claim() {
        Loaded<ArticleClaims> loaded = load(FixtureTree.in(temp).claims("a.yaml", GOOD_CLAIM)
                .claims("b.yaml", GOOD_CLAIM));
        assertThat(rendered(loaded)).containsExactly("claims/demo/claims/b.yaml:2:5: id: expected a claim id unique "
                + "in the article, got \"size-100b\", already used at claims/demo/claims/a.yaml:2:5");
        assertThat(loaded.value().claims()).hasSize(1);
    }

    @Test
    void should_report_a_quote_that_is_not_in_the_article() {
        String yaml = GOOD_CLAIM.replace("a 100B-parameter model", "a 100B parameter model");
        assertThat(rendered(load(FixtureTree.in(temp).claims("a.yaml", yaml)))).containsExactly(
                "claims/demo/claims/a.yaml:2:5: quote: expected a verbatim quote of the article, "
                        + "got \"a 100B parameter model\"");
    }

    @Test
    void should_match_quotes_with_white_space_normalised() {
        String yaml = GOOD_CLAIM.replace("a 100B-parameter model", "trained   a\\n100B-parameter model");
        assertThat(load(FixtureTree.in(temp).claims("a.yaml", yaml)).problems()).isEmpty();
    }

    @Test
    void should_refuse_an_unsourced_literal_in_an_expression() {
        String yaml = GOOD_CLAIM.replace("fact: demo.total-params", """
                expression: "total * 37.5"
                        unit: parameters
                        inputs:
                          total: {fact: demo.total-params}""");
        assertThat(rendered(load(FixtureTree.in(temp).claims("a.yaml", yaml)))).containsExactly(
                "claims/demo/claims/a.yaml:11:21: claims[0].interpretations[0].expression: expected figures only "
                        + "as inputs with a source (whole constants up to 1000 such as 1, 2 or 6 are allowed), got "
                        + "the literal 37.5");
    }

    @Test
    void should_keep_the_other_claims_of_a_file_when_one_is_broken() {
        String two = GOOD_CLAIM + GOOD_CLAIM.replace("claims:\n", "").replace("size-100b", "second")
                .replace("stated: true", "stated: maybe");
        Loaded<ArticleClaims> loaded = load(FixtureTree.in(temp).claims("a.yaml", two));
        assertThat(loaded.value().claims()).extracting(Claim::id).containsExactly("size-100b");
        assertThat(rendered(loaded)).containsExactly("claims/demo/claims/a.yaml:20:17: "
                + "claims[1].interpretations[0].stated: expected true or false, got \"maybe\"");
    }

    @Test
    void should_report_an_article_folder_without_claims() {
        assertThat(rendered(load(FixtureTree.in(temp)))).containsExactly(
                "claims/demo:1:1: claims: expected claim files in claims/demo/claims/*.yaml, got none");
    }

    @Test
    void should_refuse_a_file_that_is_not_utf8() {
        FixtureTree tree = FixtureTree.in(temp);
        tree.write("claims/demo/claims/a.yaml", "");
        try {
            java.nio.file.Files.write(tree.article().resolve("claims/a.yaml"), new byte[] {(byte) 0xC3, 0x28, 0x0A});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(rendered(load(tree))).containsExactly(
                "claims/demo/claims/a.yaml:1:1: expected UTF-8 text, got bytes that are not UTF-8 (0xC3)");
    }

    @Test
    void should_survive_an_alias_bomb() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        assertThat(rendered(load(FixtureTree.in(temp).claims("a.yaml", bomb))).get(0))
                .isEqualTo("claims/demo/claims/a.yaml:1:1: expected valid YAML, got Number of aliases for non-scalar nodes "
                        + "exceeds the specified max=20");
    }

    @Test
    void should_read_the_artefacts_of_the_copy_and_report_one_the_text_lacks() {
        // given the fixture article, "Demo Model Review\nWe trained a 100B-parameter model. …"
        FixtureTree tree = FixtureTree.in(temp).claims("a.yaml", GOOD_CLAIM).write("claims/demo/article.yaml", """
                title: Demo
                architecture: demo
                artefacts:
                  - quote: "Demo Model"
                    reason: "lost when saved"
                  - quote: "??"
                    reason: "not there"
                """);
        // when
        Loaded<ArticleClaims> loaded = load(tree);
        // then
        assertThat(loaded.value().article().artefacts())
                .containsExactly(new org.claimcheck.claim.Article.Artefact("Demo Model", "lost when saved"));
        assertThat(rendered(loaded)).containsExactly(
                "claims/demo/article.yaml:6:12: artefacts[1].quote: expected a verbatim part of the article, got "
                        + "\"??\"");
    }

    @Test
    void should_read_a_claim_without_a_section() {
        // an article need not have headings: a claim names its section only when there is one
        String yaml = GOOD_CLAIM.replace("    section: \"Demo Model Review\"\n", "");
        Loaded<ArticleClaims> loaded = load(FixtureTree.in(temp).claims("a.yaml", yaml));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().claims()).extracting(Claim::section).containsExactly("");
    }

    @Test
    void should_report_a_draft_as_a_problem_and_keep_it_out_of_the_claims() {
        // given a stub as init writes it: quote and figure, no reading
        String draft = """
                claims:
                  - id: fp8-cuts-data-size-by-50
                    draft: true
                    quote: "FP8 cuts data size by 50%"
                    asserts:
                      figure: 50%
                """;
        // when
        Loaded<ArticleClaims> loaded = load(FixtureTree.in(temp).claims("a.yaml", GOOD_CLAIM).claims("b.yaml", draft));
        // then
        assertThat(loaded.value().claims()).extracting(Claim::id).containsExactly("size-100b");
        assertThat(loaded.value().drafts()).extracting(Draft::id, Draft::quote)
                .containsExactly(org.assertj.core.api.Assertions.tuple("fp8-cuts-data-size-by-50",
                        "FP8 cuts data size by 50%"));
        assertThat(rendered(loaded)).containsExactly("claims/demo/claims/b.yaml:2:5: claims[0].draft: claim "
                + "fp8-cuts-data-size-by-50 has no reading yet: expected its interpretations and no draft mark, got a "
                + "draft (draft: true)");
    }

    @Test
    void should_check_what_a_draft_holds_as_a_claim_would() {
        String draft = """
                claims:
                  - id: cuts
                    draft: true
                    quote: "FP8 cuts data size by 60%"
                    asserts:
                      figure: 50 furlongs
                """;
        assertThat(rendered(load(FixtureTree.in(temp).claims("a.yaml", GOOD_CLAIM.replace("size-100b", "cuts"))
                .claims("b.yaml", draft))))
                .hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("claims/demo/claims/b.yaml:6:15: claims[0].asserts"
                        + ".figure: expected a known unit"))
                .contains("claims/demo/claims/b.yaml:2:5: quote: expected a verbatim quote of the article, got "
                        + "\"FP8 cuts data size by 60%\"",
                        "claims/demo/claims/b.yaml:2:5: id: expected a claim id unique in the article, got \"cuts\", "
                                + "already used at claims/demo/claims/a.yaml:2:5");
    }

    @Test
    void should_read_several_architectures_or_one() {
        FixtureTree tree = FixtureTree.in(temp).claims("a.yaml", GOOD_CLAIM)
                .write("claims/demo/article.yaml", "title: Demo\narchitectures: [demo, demo-dense]\n");
        Loaded<ArticleClaims> loaded = load(tree);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().article().architectures()).containsExactly("demo", "demo-dense");
        assertThat(loaded.value().article().architecture()).isEqualTo("demo, demo-dense");
    }

    @Test
    void should_report_both_architecture_keys_and_an_item_that_is_not_a_name() {
        FixtureTree both = FixtureTree.in(temp).claims("a.yaml", GOOD_CLAIM)
                .write("claims/demo/article.yaml", "title: Demo\narchitecture: demo\narchitectures: [demo]\n");
        FixtureTree listed = FixtureTree.in(temp.resolve("b")).claims("a.yaml", GOOD_CLAIM)
                .write("claims/demo/article.yaml", "title: Demo\narchitectures: [demo, [x]]\n");
        assertThat(rendered(load(both))).containsExactly("claims/demo/article.yaml:3:16: architectures: expected "
                + "exactly one of architecture (a name) or architectures (a list of names), got both");
        assertThat(rendered(load(listed))).containsExactly("claims/demo/article.yaml:2:23: architectures[1]: expected "
                + "the name of a model or fact namespace of the library, got a list");
    }

    @Test
    void should_report_an_article_yaml_that_names_no_architecture() {
        FixtureTree tree = FixtureTree.in(temp).claims("a.yaml", GOOD_CLAIM)
                .write("claims/demo/article.yaml", "title: Demo\n");
        assertThat(rendered(load(tree))).containsExactly("claims/demo/article.yaml:1:1: architecture: expected exactly "
                + "one of architecture (a name) or architectures (a list of names), got neither");
    }
}
