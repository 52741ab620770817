package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.check.Plot;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Tolerance;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.StatedFigure;
import org.claimcheck.unit.Unit;
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
}
