package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.claimcheck.check.Plot;
import org.junit.jupiter.api.Test;

class PlotSummaryTest {

    @Test
    void should_list_categories_with_their_values() {
        Plot plot = new Plot("b", "Bytes", "format", "bytes per element", false, List.of(new Plot.Series("bytes",
                List.of(0.0, 1.0), List.of(2.0, 1.0), List.of("BF16", "E4M3"))), List.of());
        assertThat(PlotSummary.lines(plot)).containsExactly("bytes: BF16 = 2, E4M3 = 1");
    }

    @Test
    void should_summarise_a_long_series_by_its_ends_and_extremes() {
        // y = (x - 5)^2 over x = 0..10: first 25, last 25, lowest 0 at x = 5, highest 25 first reached at x = 0
        List<Double> x = IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList();
        List<Double> y = x.stream().map(v -> (v - 5) * (v - 5)).toList();
        Plot plot = new Plot("q", "Q", "x (count)", "y (count)", true, List.of(Plot.Series.of("square", x, y)),
                List.of(new Plot.Reference("target", 3)));
        assertThat(PlotSummary.lines(plot)).containsExactly("square: 11 points, x from 0 to 10; y from 25 (first) to "
                + "25 (last), lowest 0 at x = 5, highest 25 at x = 0", "reference line \"target\" at 3");
        assertThat(PlotSummary.axes(plot)).isEqualTo("y (count) against x (count), x logarithmic");
    }
}
