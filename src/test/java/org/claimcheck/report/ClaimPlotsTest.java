package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.claimcheck.check.Plot;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.claim.Tolerance;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.StatedFigure;
import org.claimcheck.unit.Unit;
import org.claimcheck.verdict.Derivation;
import org.claimcheck.verdict.Solution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClaimPlotsTest {

    private static Assertion figure(String text, double value, Unit unit) {
        return new Assertion.Figure(new StatedFigure(text, Quantity.of(value, unit), 0.5), Assertion.Bound.ABOUT,
                new Tolerance(Tolerance.Kind.EXACT, 0, "given in the claim file"));
    }

    private static Plot plot(String yLabel) {
        return new Plot("p", "t", "x", yLabel, false, List.of(Plot.Series.of("s", List.of(1.0), List.of(1.0))),
                List.of());
    }

    @ParameterizedTest
    @CsvSource({
        // 50% = 0.5 as a ratio
        "bubble share (fraction), 0.5",
        "flushed share (ratio), 0.5",
        // 50% on an axis in percent stays 50
        "saving (%), 50"
    })
    void should_draw_a_claimed_percentage_on_an_axis_in_a_ratio_unit(String yLabel, double expected) {
        assertThat(ClaimPlots.claimedReference(plot(yLabel), figure("50%", 50, Unit.PERCENT)))
                .hasValueSatisfying(reference -> {
                    assertThat(reference.y()).isEqualTo(expected);
                    assertThat(reference.label()).isEqualTo("claimed: 50%");
                });
    }

    @Test
    void should_convert_the_claimed_figure_to_the_axis_unit() {
        // 70,272 bytes = 70272 / 1024 = 68.625 KiB
        assertThat(ClaimPlots.claimedReference(plot("KV cache per token (KiB)"), figure("70,272 bytes", 70272,
                Unit.BYTES))).hasValueSatisfying(reference -> assertThat(reference.y()).isEqualTo(68.625));
    }

    @ParameterizedTest
    @CsvSource({"KV cache (GiB)", "max/mean", "bytes per element", "tokens per step (no unit)"})
    void should_draw_no_claimed_line_on_an_axis_of_another_or_no_unit(String yLabel) {
        assertThat(ClaimPlots.claimedReference(plot(yLabel), figure("50%", 50, Unit.PERCENT))).isEmpty();
    }

    @Test
    void should_draw_no_claimed_line_for_a_mechanism() {
        assertThat(ClaimPlots.claimedReference(plot("share (ratio)"), new Assertion.Mechanism("per-layer")))
                .isEmpty();
    }

    @Test
    void should_list_a_plot_two_derivations_share_once() {
        assertThat(ClaimPlots.of(ReportFixture.plain().claims().get(0))).extracting(Plot::id)
                .containsExactly("cut-by-model");
    }

    @Test
    void should_show_a_ratio_axis_in_percent_values_and_reference_lines_times_100() {
        // given the flushed share of the seed's e4m3-outliers plot, in a ratio, and a reference at 0.02
        Plot plot = new Plot("p", "t", "scaling", "flushed share (ratio)", false, List.of(new Plot.Series("E4M3",
                List.of(0.0, 1.0), List.of(0.0443, 0.00086), List.of("per-tensor", "none"))),
                List.of(new Plot.Reference("R p.17: nearly 2%", 0.02)));
        // when: the claim is a mechanism, or a percentage
        Plot mechanism = ClaimPlots.inClaimUnit(plot, new Assertion.Mechanism("per-tile"));
        Plot percent = ClaimPlots.inClaimUnit(plot, figure("50%", 50, Unit.PERCENT));
        // then: 0.0443 is 4.43%, 0.02 is 2%
        for (Plot shown : List.of(mechanism, percent)) {
            assertThat(shown.yLabel()).isEqualTo("flushed share (%)");
            assertThat(shown.series().get(0).y().get(0)).isCloseTo(4.43, within(1e-12));
            assertThat(shown.references().get(0).y()).isCloseTo(2, within(1e-12));
            assertThat(shown.series().get(0).labels()).containsExactly("per-tensor", "none");
        }
    }

    @ParameterizedTest
    @CsvSource({"speed-up (ratio), 1.2x", "KV cache (GiB), 50%", "max/mean, 50%"})
    void should_keep_an_axis_in_its_unit_for_a_claim_in_another_ratio_unit_or_an_axis_not_in_a_ratio(String yLabel,
                                                                                                  String claimed) {
        Unit unit = claimed.endsWith("x") ? Unit.TIMES : Unit.PERCENT;
        Plot plot = plot(yLabel);
        assertThat(ClaimPlots.inClaimUnit(plot, figure(claimed, Double.parseDouble(claimed.replaceAll("[x%]", "")),
                unit))).isSameAs(plot);
    }

    private static Derivation deriving(Quantity value, Plot plot) {
        Interpretation reading = new Interpretation("r", "a reading", true, new Method.CheckCall("demo.check",
                java.util.Map.of()), "", new SourceLocation("claims/x/claims/x.yaml", 1, 1));
        return new Derivation(reading, new Derivation.Value(value), List.of(), List.of(), List.of(plot),
                java.util.Optional.empty(), Solution.NONE);
    }

    @Test
    void should_say_a_plot_shows_a_derivation_when_it_draws_its_value_in_the_axis_unit() {
        // given a plot of the KV cache in GiB with a point at 2 GiB, and one of a relative error in a ratio
        Plot kv = new Plot("kv", "t", "context (tokens)", "KV cache (GiB)", false,
                List.of(Plot.Series.of("V3", List.of(1.0, 2.0), List.of(1.0, 2.0))), List.of());
        Plot error = new Plot("err", "t", "K", "max-relative-error (ratio)", false,
                List.of(Plot.Series.of("FP8", List.of(1.0, 2.0), List.of(0.0012, 0.019))), List.of());
        // then: 2 GiB = 2 × 1024³ bytes is drawn; a 37% saving is not on the error plot, though both are ratios
        assertThat(ClaimPlots.plotsValue(kv, deriving(Quantity.of(2.0 * 1024 * 1024 * 1024, Unit.BYTES), kv)))
                .isTrue();
        assertThat(ClaimPlots.plotsValue(kv, deriving(Quantity.of(3.0 * 1024 * 1024 * 1024, Unit.BYTES), kv)))
                .isFalse();
        assertThat(ClaimPlots.plotsValue(error, deriving(Quantity.of(0.37, Unit.RATIO), error))).isFalse();
        assertThat(ClaimPlots.plotsValue(error, deriving(Quantity.of(0.019, Unit.RATIO), error))).isTrue();
    }

    @Test
    void should_draw_the_claimed_figure_only_on_a_plot_that_shows_a_compared_value() {
        // given the fixture's claim of 84%: its plot draws 0.75 and 0.9, the values of its two derivations
        List<Plot> shown = ClaimPlots.of(ReportFixture.plain().claims().get(0));
        // then: the claimed 84% is a line on it, beside the plot's own reference
        assertThat(shown.get(0).references()).extracting(Plot.Reference::label).contains("claimed: 84%");
    }
}
