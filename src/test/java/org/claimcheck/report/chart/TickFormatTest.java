package org.claimcheck.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickFormatTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "0.5, 0.5",
        "100, 100",
        "1234, 1234",
        // 16384 / 1000 = 16.384, four significant digits
        "16384, 16.38k",
        "2000000, 2M",
        "0.02, 0.02",
        "0.000025, 2.5e-05",
        "-3.5, -3.5"
    })
    void should_label_ticks_in_locale_root_with_suffixes(double value, String label) {
        assertThat(TickFormat.label(value)).isEqualTo(label);
    }
}
