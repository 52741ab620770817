package org.claimcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.load.FixtureTree;
import org.claimcheck.verdict.AuditResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One audit reports every problem of every claim file: a section that is no heading, an unknown check and a figure
 * whose unit does not match its derivation, in three files, together; and the same three in one claim, where a
 * problem found while loading no longer hides those found when its names are checked and it is derived.
 */
class ProblemsInOneRunTest {

    /** A claim of the fixture article, "We trained a 100B-parameter model.", with a slot for each fault. */
    private static String claim(String id, String section, String check, String figure) {
        return """
                claims:
                  - id: %s
                    quote: "a 100B-parameter model"
                    section: "%s"
                    asserts:
                      figure: %s
                    interpretations:
                      - id: published
                        reading: "total parameters, as published"
                        stated: true
                        fact: demo.total-params
                      - id: counted
                        reading: "total parameters, counted from the config"
                        stated: true
                        check: %s
                        with: {config: demo-dense}
                """.formatted(id, section, figure, check);
    }

    @TempDir
    Path temp;

    private static java.util.List<String> rendered(AuditResult result) {
        return result.problems().stream().map(Problem::render).toList();
    }

    @Test
    void should_report_a_section_a_check_and_a_unit_problem_of_three_files_in_one_run() {
        // given
        FixtureTree tree = FixtureTree.in(temp)
                .claims("a.yaml", claim("bad-section", "Demo Review", "model.total-params", "100B parameters"))
                .claims("b.yaml", claim("bad-check", "Demo Model Review", "model.totl-params", "100B parameters"))
                .claims("c.yaml", claim("bad-unit", "Demo Model Review", "model.total-params", "100B bytes"));
        // when
        AuditResult result = Audit.withAllChecks().run(tree.article());
        // then
        assertThat(rendered(result)).hasSize(4);
        assertThat(rendered(result).get(0)).isEqualTo("claims/demo/claims/a.yaml:2:5: section: expected a section "
                + "heading of the article, got \"Demo Review\"");
        assertThat(rendered(result).get(1)).startsWith("claims/demo/claims/b.yaml:12:9: interpretations.counted: "
                + "check: expected a known check kind (").endsWith("got \"model.totl-params\"; did you mean "
                + "`model.total-params`?");
        assertThat(rendered(result).subList(2, 4)).allSatisfy(line -> assertThat(line)
                .startsWith("claims/demo/claims/c.yaml:").contains("bytes").contains("parameters"));
        assertThat(result.claims()).isEmpty();
    }

    @Test
    void should_report_a_section_a_check_and_a_unit_problem_of_one_claim_in_one_run() {
        // given
        FixtureTree tree = FixtureTree.in(temp)
                .claims("a.yaml", claim("all-three", "Demo Review", "model.totl-params", "100B bytes"));
        // when
        AuditResult result = Audit.withAllChecks().run(tree.article());
        // then
        assertThat(rendered(result)).hasSize(3);
        assertThat(rendered(result).get(0)).isEqualTo("claims/demo/claims/a.yaml:2:5: section: expected a section "
                + "heading of the article, got \"Demo Review\"");
        assertThat(rendered(result)).anySatisfy(line -> assertThat(line)
                .startsWith("claims/demo/claims/a.yaml:12:9: interpretations.counted: check: expected a known check"));
        assertThat(rendered(result)).anySatisfy(line -> assertThat(line)
                .startsWith("claims/demo/claims/a.yaml:").contains("bytes").contains("parameters"));
        assertThat(result.claims()).isEmpty();
    }

    @Test
    void should_report_an_architecture_the_library_does_not_know_with_the_nearest_name() {
        // given the fixture library: models demo-dense, fact namespaces demo and format
        FixtureTree tree = FixtureTree.in(temp).claims("a.yaml", FixtureTree.ONE_CLAIM)
                .write("claims/demo/article.yaml", "title: Demo\narchitectures: [demo, dmeo-dense]\n");
        // when
        AuditResult result = Audit.withAllChecks().run(tree.article());
        // then
        assertThat(rendered(result)).containsExactly("claims/demo/article.yaml:2:23: architectures[1]: expected a "
                + "model or fact namespace of the library (one of demo, demo-dense, format), got \"dmeo-dense\"; did "
                + "you mean `demo-dense`?");
        assertThat(result.claims()).hasSize(1);
    }
}
