package org.claimcheck.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.check.Plot;
import org.junit.jupiter.api.Test;

class ChartLegendTest {

    private static final List<Double> X = List.of(1.0, 2.0);

    @Test
    void should_name_each_series_in_its_palette_colour_and_each_reference_line_in_its_colour_and_dash() {
        // given two series and two reference lines, the claimed one last as the report adds it
        Plot plot = new Plot("p", "t", "x (count)", "y (count)", false, List.of(Plot.Series.of("MHA", X,
                List.of(1.0, 2.0)), Plot.Series.of("MLA", X, List.of(0.5, 1.0))), List.of(new Plot.Reference(
                "perfect balance", 1), new Plot.Reference("claimed: 50%", 0.5)));
        // then: Okabe–Ito blue and orange; the claimed line red and dashed 6-4, the other grey and dotted 2-3
        assertThat(ChartLegend.of(plot)).containsExactly(
                new ChartLegend.Entry("MHA", "#0072b2", "", false),
                new ChartLegend.Entry("MLA", "#e69f00", "", false),
                new ChartLegend.Entry("perfect balance", "#555555", "2 3", false),
                new ChartLegend.Entry("claimed: 50%", "#b3261e", "6 4", false));
    }

    @Test
    void should_list_only_drawn_series_and_say_when_one_repeats_another_or_is_all_zero() {
        // given, on a logarithmic x axis: a series, one with no positive x (nothing to draw), a copy of the first
        // (drawn over it), and one of zeros
        Plot plot = new Plot("p", "t", "x (count)", "y (count)", true, List.of(
                Plot.Series.of("closed form", X, List.of(0.8, 0.6)),
                Plot.Series.of("at x = 0", List.of(0.0, -1.0), List.of(1.0, 1.0)),
                Plot.Series.of("simulation", X, List.of(0.8, 0.6)),
                Plot.Series.of("E5M2", X, List.of(0.0, 0.0))), List.of());
        // then
        assertThat(ChartLegend.of(plot)).extracting(ChartLegend.Entry::label).containsExactly("closed form",
                "simulation (the same values as closed form)", "E5M2 (0 at every point)");
    }

    @Test
    void should_give_no_legend_for_one_series_alone_and_blocks_for_bars() {
        Plot one = new Plot("p", "t", "x", "y", false, List.of(Plot.Series.of("s", X, X)), List.of());
        Plot bars = new Plot("b", "t", "format", "bytes", false, List.of(new Plot.Series("FP8", X, X,
                List.of("a", "b")), new Plot.Series("BF16", X, X, List.of("a", "b"))), List.of());
        assertThat(ChartLegend.of(one)).isEmpty();
        assertThat(ChartLegend.of(bars)).extracting(ChartLegend.Entry::bar).containsExactly(true, true);
    }
}
