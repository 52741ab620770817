package org.claimcheck.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlotSvgCoordinateTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "-0.0, 0", "0.004, 0", "-0.004, 0", "1, 1", "1.5, 1.5", "1.25, 1.25", "1.257, 1.26",
        "-3.1, -3.1", "-0.05, -0.05", "720, 720", "399.999, 400", "12.04, 12.04"})
    void should_write_coordinates_to_a_hundredth_without_trailing_zeros(double value, String expected) {
        assertThat(PlotSvg.coordinate(value)).isEqualTo(expected);
    }

    @Test
    void should_agree_with_formatting_through_string_format() {
        // a second method: %.2f, trailing zeros stripped, on values away from exact half-hundredth ties
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            double value = (random.nextDouble() - 0.5) * 2000;
            if (Math.abs(value * 100 - Math.rint(value * 100) - 0.5) < 1e-6) {
                continue;
            }
            String expected = String.format(Locale.ROOT, "%.2f", value).replaceFirst("\\.?0+$", "");
            assertThat(PlotSvg.coordinate(value)).as("%s", value).isEqualTo(expected.equals("-0") ? "0" : expected);
        }
    }
}
