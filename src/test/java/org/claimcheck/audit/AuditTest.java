package org.claimcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.Source;
import org.claimcheck.claim.load.FixtureTree;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.CitedCaveat;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Rating;
import org.claimcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {

    /** A check for the tests: the number of bits of a named format, from a fact; refuses unknown formats. */
    static final class BitsCheck implements Check {
        @Override
        public String kind() {
            return "test.bits";
        }

        @Override
        public String summary() {
            return "bits of a format";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.required("format", "fp8 or bf16", "the format"));
        }

        @Override
        public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
            String format = parameters.string("format");
            if (!List.of("fp8", "bf16").contains(format)) {
                throw CheckException.invalid("format: expected fp8 or bf16, got \"" + format + "\"");
            }
            Quantity bits = ((org.claimcheck.claim.Fact.Figure) context.fact("format." + format + "-bits").value())
                    .quantity();
            return Measurement.of(bits, List.of(), List.of("bits of " + format));
        }
    }

    private static final Audit AUDIT = new Audit(CheckRegistry.of(List.of(new BitsCheck())));

    @TempDir
    Path temp;

    private static List<String> problems(AuditResult result) {
        return result.problems().stream().map(Problem::render).toList();
    }

    private static ClaimResult claim(AuditResult result, String id) {
        return result.claims().stream().filter(c -> c.claim().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void should_judge_every_claim_of_the_flagged_fixture() {
        // when
        AuditResult result = AUDIT.run(FixtureTree.SHIPPED.resolve("claims/flagged"));
        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.claims()).extracting(c -> c.claim().id() + " " + c.verdict()).containsExactly(
                "compute-cut-84 DOES_NOT_FOLLOW", "warmup UNSUPPORTED", "per-layer DOES_NOT_FOLLOW", "tiles FOLLOWS");
        assertThat(result.flagged()).isEqualTo(3);
    }

    @Test
    void should_solve_for_the_input_that_would_make_a_figure_true() {
        // 1 - 10B/dense = 0.84  =>  dense = 10B / 0.16 = 62.5B (worked by hand)
        ClaimResult cut = claim(AUDIT.run(FixtureTree.SHIPPED.resolve("claims/flagged")), "compute-cut-84");
        assertThat(cut.derivations().get(0).solution().text())
                .isEqualTo("84% would need dense = 62.5B parameters instead of 40B parameters");
        // 1 - 10/40 = 0.75 against 0.84 ± 0.005
        assertThat(cut.derivations().get(0).comparison().orElseThrow().difference()).isCloseTo(-0.09, within(1e-12));
    }

    @Test
    void should_say_a_match_under_an_unstated_reading_does_not_bear_the_claim_out() {
        // the unstated reading gives 1 - 10/100 = 90%: no match, so no coincidence sentence; per-layer has none
        ClaimResult cut = claim(AUDIT.run(FixtureTree.SHIPPED.resolve("claims/flagged")), "compute-cut-84");
        assertThat(cut.explanation()).doesNotContain("coincidence");
        FixtureTree tree = FixtureTree.in(temp).claims("a.yaml", """
                claims:
                  - id: halves
                    quote: "FP8 cuts data size by 50%"
                    section: "Demo Model Review"
                    asserts:
                      figure: 90%
                    interpretations:
                      - id: vs-bf16
                        reading: "bytes per element vs BF16"
                        stated: true
                        expression: "1 - fp8 / bf16"
                        unit: ratio
                        inputs:
                          fp8: {fact: format.fp8-bits}
                          bf16: {fact: format.bf16-bits}
                      - id: active-share
                        reading: "share of parameters not active"
                        stated: false
                        expression: "1 - active / total"
                        unit: ratio
                        inputs:
                          active: {fact: demo.active-params}
                          total: {fact: demo.total-params}
                """);
        ClaimResult result = claim(AUDIT.run(tree.article()), "halves");
        assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_FOLLOW);
        assertThat(result.explanation()).contains("Only the reading \"share of parameters not active\", which the "
                + "text does not make, reproduces it (derived 90% vs claimed 90%: difference 0%, allowed ±0.5%): that "
                + "match does not bear out the claim as written. Tolerance: from the precision of \"90%\" (±0.5%, "
                + "half its last digit).");
    }

    @Test
    void should_report_unknown_checks_facts_and_parameters_and_still_judge_the_others() {
        // given
        FixtureTree tree = FixtureTree.in(temp).claims("a.yaml", """
                claims:
                  - id: size-100b
                    quote: "a 100B-parameter model"
                    section: "Demo Model Review"
                    asserts:
                      figure: 100B parameters
                    interpretations:
                      - id: total
                        reading: "total parameters"
                        stated: true
                        fact: demo.totl-params
                      - id: by-check
                        reading: "by a check"
                        stated: true
                        check: test.bitz
                      - id: bad-param
                        reading: "by a check with a misspelt parameter"
                        stated: true
                        check: test.bits
                        with: {formt: fp8}
                  - id: halves
                    quote: "FP8 cuts data size by 50%"
                    section: "Demo Model Review"
                    asserts:
                      figure: 50%
                    interpretations:
                      - id: vs-bf16
                        reading: "bits per element vs BF16"
                        stated: true
                        expression: "1 - fp8 / bf16"
                        unit: ratio
                        inputs:
                          fp8: {check: test.bits, with: {format: fp8}}
                          bf16: {check: test.bits, with: {format: bf16}}
                """);
        // when
        AuditResult result = AUDIT.run(tree.article());
        // then
        assertThat(problems(result)).containsExactly(
                "claims/demo/claims/a.yaml:8:9: interpretations.total.fact: expected a fact of the library, got "
                        + "\"demo.totl-params\"; did you mean `demo.total-params`?",
                "claims/demo/claims/a.yaml:12:9: interpretations.by-check: check: expected a known check kind (one "
                        + "of test.bits), got \"test.bitz\"; did you mean `test.bits`?",
                "claims/demo/claims/a.yaml:16:9: interpretations.bad-param: with.format: expected fp8 or bf16 (the "
                        + "format), got nothing",
                "claims/demo/claims/a.yaml:16:9: interpretations.bad-param: with.formt: expected a parameter of "
                        + "test.bits (one of format), got \"formt\"; did you mean `format`?");
        assertThat(result.claims()).extracting(c -> c.claim().id() + " " + c.verdict())
                .containsExactly("halves FOLLOWS");
    }

    @Test
    void should_cite_what_each_caveat_rests_on_and_rate_a_claim_that_follows_with_one_as_needing_context() {
        // given: the fixture claim (100B, which demo.total-params states) with a caveat of each basis
        FixtureTree tree = FixtureTree.in(temp).claims("a.yaml", FixtureTree.ONE_CLAIM + """
                    caveats:
                      - text: "as the report counts them"
                        source: {document: T, locator: "p.5"}
                      - text: "the active share is a tenth"
                        fact: demo.active-params
                      - text: "counted whole"
                        interpretation: total
                """);
        // when
        ClaimResult result = claim(AUDIT.run(tree.article()), "size-100b");
        // then the verdict is unchanged and the rating graded; each citation names the basis and its source
        assertThat(result.verdict()).isEqualTo(Verdict.FOLLOWS);
        assertThat(result.rating()).isEqualTo(Rating.NEEDS_CONTEXT);
        assertThat(result.caveats()).extracting(CitedCaveat::citation).containsExactly(
                "T, p.5",
                "demo.active-params = 10B parameters (T, Table 1)",
                "derivation total (\"total parameters\"): 100B parameters");
        assertThat(result.caveats()).extracting(CitedCaveat::sources).containsExactly(
                List.of(new Source("T", "p.5")), List.of(new Source("T", "Table 1")),
                List.of(new Source("T", "Table 1")));
    }

    @Test
    void should_report_a_unit_mismatch_and_a_bad_parameter_value() {
        FixtureTree tree = FixtureTree.in(temp).claims("a.yaml", """
                claims:
                  - id: halves
                    quote: "FP8 cuts data size by 50%"
                    section: "Demo Model Review"
                    asserts:
                      figure: 50%
                    interpretations:
                      - id: bits
                        reading: "raw bits"
                        stated: true
                        fact: format.fp8-bits
                      - id: fp4
                        reading: "a format the check does not know"
                        stated: false
                        check: test.bits
                        with: {format: fp4}
                """);
        assertThat(problems(AUDIT.run(tree.article()))).containsExactly(
                "claims/demo/claims/a.yaml:8:9: interpretations.bits: unit mismatch: expected a derivation in ratio "
                        + "like the claimed \"50%\", got bits",
                "claims/demo/claims/a.yaml:12:9: interpretations.fp4: format: expected fp8 or bf16, got \"fp4\"");
    }

    @Test
    void should_report_a_fact_without_a_source_and_an_unknown_document() {
        FixtureTree tree = FixtureTree.in(temp).claims("a.yaml", FixtureTree.ONE_CLAIM)
                .write("claims/library/facts/extra.yaml", """
                        namespace: extra
                        facts:
                          - name: unsourced
                            figure: 37B parameters
                          - name: unknown-document
                            figure: 37B parameters
                            source: {document: X, locator: "p.1"}
                        """);
        assertThat(problems(AUDIT.run(tree.article()))).containsExactly(
                "claims/library/facts/extra.yaml:1:1: extra.unknown-document.source.document: expected a document key "
                        + "of sources.yaml (one of FP8F, T), got \"X\"",
                "claims/library/facts/extra.yaml:3:5: facts[0].source: expected a mapping, got nothing");
    }
}
