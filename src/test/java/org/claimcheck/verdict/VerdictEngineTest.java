package org.claimcheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.claim.Tolerance;
import org.claimcheck.unit.FigureParser;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;

class VerdictEngineTest {

    private static final SourceLocation HERE = new SourceLocation("claims/x/claims/a.yaml", 1, 1);
    private static final Assertion.Figure EIGHTY_FOUR = new Assertion.Figure(FigureParser.parse("84%").orElseThrow(),
            Assertion.Bound.ABOUT, new Tolerance(Tolerance.Kind.ABSOLUTE, 0.005, "from the precision of \"84%\""));

    private static Claim claim(Assertion assertion) {
        return new Claim("c", "q", "s", assertion, List.of(), List.of(), "", List.of(), HERE);
    }

    private static Interpretation reading(String id, boolean stated) {
        return new Interpretation(id, id, stated, new Method.CheckCall("k", Map.of()), "", HERE);
    }

    private static Derivation value(String id, boolean stated, double ratio) {
        Quantity quantity = Quantity.of(ratio, Unit.RATIO);
        return new Derivation(reading(id, stated), new Derivation.Value(quantity), List.of(), List.of(), List.of(),
                Optional.of(ClaimComparer.figure(EIGHTY_FOUR, quantity)), Solution.NONE);
    }

    private static Derivation unstated(String id, boolean stated) {
        return new Derivation(reading(id, stated), new Derivation.Unstated("not in the report"), List.of(), List.of(),
                List.of(), Optional.empty(), Solution.NONE);
    }

    @Test
    void should_follow_when_a_stated_reading_matches_even_if_another_does_not() {
        // 0.8449 is within 0.84 ± 0.005; 0.9091 is not
        ClaimResult result = VerdictEngine.judge(claim(EIGHTY_FOUR),
                List.of(value("vs-405b", true, 0.9091), value("vs-other", true, 0.8449)), List.of());
        assertThat(result.verdict()).isEqualTo(Verdict.FOLLOWS);
        assertThat(result.explanation()).startsWith("Follows under the stated reading \"vs-other\"");
        assertThat(result.deciding()).map(d -> d.interpretation().id()).contains("vs-other");
    }

    @Test
    void should_treat_the_tolerance_bound_as_inclusive() {
        // 0.845 - 0.84 = 0.005 = the allowance
        assertThat(VerdictEngine.judge(claim(EIGHTY_FOUR), List.of(value("edge", true, 0.845)), List.of()).verdict())
                .isEqualTo(Verdict.FOLLOWS);
        assertThat(VerdictEngine.judge(claim(EIGHTY_FOUR), List.of(value("past", true, 0.8451)), List.of()).verdict())
                .isEqualTo(Verdict.DOES_NOT_FOLLOW);
    }

    @Test
    void should_not_follow_when_every_stated_reading_is_off() {
        ClaimResult result = VerdictEngine.judge(claim(EIGHTY_FOUR),
                List.of(value("vs-405b", true, 0.9091), value("vs-70b", true, 0.4714), unstated("vs-gpt4", true)),
                List.of());
        assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_FOLLOW);
        // each reading's comparison without the tolerance's origin, the reading not computed named, the tolerance once
        assertThat(result.explanation()).isEqualTo("No reading the text states bears out 84%: \"vs-405b\": derived "
                + "90.91% vs claimed 84%: difference 6.91%, allowed ±0.5%. \"vs-70b\": derived 47.14% vs claimed 84%: "
                + "difference -36.86%, allowed ±0.5%. A stated reading could not be computed: \"vs-gpt4\": not in the "
                + "report. Tolerance: ±0.005, from the precision of \"84%\".");
        // |0.9091 - 0.84| = 0.0691 is nearer than |0.4714 - 0.84| = 0.3686: the table shows vs-405b
        assertThat(result.deciding()).map(d -> d.interpretation().id()).contains("vs-405b");
    }

    @Test
    void should_let_no_unstated_reading_decide() {
        // the only match is under a reading the text does not make
        ClaimResult result = VerdictEngine.judge(claim(EIGHTY_FOUR),
                List.of(value("stated", true, 0.5), value("coincidence", false, 0.84)), List.of());
        assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_FOLLOW);
        assertThat(result.explanation()).contains("Only the reading \"coincidence\", which the text does not make, "
                + "reproduces it");
        assertThat(result.deciding()).map(d -> d.interpretation().id()).contains("stated");
    }

    @Test
    void should_be_unsupported_when_no_stated_reading_can_be_derived() {
        ClaimResult result = VerdictEngine.judge(claim(EIGHTY_FOUR),
                List.of(unstated("memory", true), value("unstated-reading", false, 0.5)), List.of());
        assertThat(result.verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(result.explanation()).isEqualTo("Nothing the sources state yields 84%: \"memory\": not in the "
                + "report.");
        assertThat(result.deciding()).map(d -> d.interpretation().id()).contains("memory");
    }

    @Test
    void should_name_a_stated_reading_it_could_not_compute_when_another_follows() {
        // 0.8449 is within 0.84 ± 0.005 (allowance 0.005, difference 0.0049)
        ClaimResult result = VerdictEngine.judge(claim(EIGHTY_FOUR),
                List.of(unstated("busy-time", true), value("vs-other", true, 0.8449)), List.of());
        assertThat(result.verdict()).isEqualTo(Verdict.FOLLOWS);
        assertThat(result.explanation()).isEqualTo("Follows under the stated reading \"vs-other\": derived 84.49% vs "
                + "claimed 84%: difference 0.49%, allowed ±0.5%. A stated reading could not be computed: "
                + "\"busy-time\": not in the report. Tolerance: ±0.005, from the precision of \"84%\".");
    }

    @Test
    void should_name_every_stated_reading_it_could_not_compute_when_none_follows() {
        // |0.5 - 0.84| = 0.34 is beyond the allowance of 0.005; the unstated reading is not named: it is not stated
        ClaimResult result = VerdictEngine.judge(claim(EIGHTY_FOUR), List.of(value("mfu", true, 0.5),
                unstated("busy-time", true), unstated("idle-time", true), unstated("guess", false)), List.of());
        assertThat(result.verdict()).isEqualTo(Verdict.DOES_NOT_FOLLOW);
        assertThat(result.explanation()).isEqualTo("No reading the text states bears out 84%: \"mfu\": derived 50% "
                + "vs claimed 84%: difference -34%, allowed ±0.5%. Stated readings that could not be computed: "
                + "\"busy-time\": not in the report. \"idle-time\": not in the report. Tolerance: ±0.005, from the "
                + "precision of \"84%\".");
    }

    @Test
    void should_not_check_a_claim_with_nothing_testable() {
        ClaimResult result = VerdictEngine.judge(claim(new Assertion.NothingTestable("an opinion")), List.of(),
                List.of());
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_CHECKABLE);
        assertThat(result.explanation()).isEqualTo("Not checkable: an opinion");
        assertThat(result.deciding()).isEmpty();
    }

    @Test
    void should_compare_mechanisms_by_their_stated_property() {
        Interpretation layer = new Interpretation("g", "granularity", true, new Method.FactLookup("f"), "per layer",
                HERE);
        Comparison comparison = ClaimComparer.property(layer, "tile-1x128");
        assertThat(comparison.matches()).isFalse();
        assertThat(comparison.detail()).isEqualTo("the sources state \"tile-1x128\"; the claim asserts \"per layer\"");
        assertThat(ClaimComparer.property(layer, "Per_Layer").matches()).isTrue();
    }

    @Test
    void should_word_a_checks_property_as_our_finding_not_as_a_source() {
        Interpretation experiment = new Interpretation("x", "experiment", true,
                new Method.CheckCall("fp8.outlier-format", Map.of()), "e4m3-flushes-less", HERE);
        assertThat(ClaimComparer.property(experiment, "e5m2-flushes-less").detail()).isEqualTo("our check "
                + "fp8.outlier-format finds \"e5m2-flushes-less\"; the claim asserts \"e4m3-flushes-less\"");
    }

    @Test
    void should_apply_at_most_and_at_least_bounds() {
        Assertion.Figure atMostZero = new Assertion.Figure(FigureParser.parse("0%").orElseThrow(),
                Assertion.Bound.AT_MOST, new Tolerance(Tolerance.Kind.ABSOLUTE, 0.01, "given"));
        assertThat(ClaimComparer.figure(atMostZero, Quantity.of(0.005, Unit.RATIO)).matches()).isTrue();
        assertThat(ClaimComparer.figure(atMostZero, Quantity.of(0.2, Unit.RATIO)).matches()).isFalse();
        Assertion.Figure atLeast = new Assertion.Figure(FigureParser.parse("$100M").orElseThrow(),
                Assertion.Bound.AT_LEAST, new Tolerance(Tolerance.Kind.RELATIVE, 0.1, "given"));
        // $95M is within 10% below $100M; $80M is not
        assertThat(ClaimComparer.figure(atLeast, Quantity.of(95e6, Unit.USD)).matches()).isTrue();
        assertThat(ClaimComparer.figure(atLeast, Quantity.of(80e6, Unit.USD)).matches()).isFalse();
        assertThat(ClaimComparer.figure(atLeast, Quantity.of(500e6, Unit.USD)).matches()).isTrue();
    }
}
