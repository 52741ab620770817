package org.claimcheck.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedFigureTest {

    // digits counted by hand in the text as written, from the first non-zero digit to the last written one
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "84%;              2",
        "+12%;             2",
        "0%;               1",
        "-4.2%;            2",
        "$100M;            3",
        "$5.576M;          4",
        "671B parameters;  3",
        "2.788M GPU-hours; 4",
        "70,272 bytes;     5",
        "68.6 KiB;         3",
        "8 experts;        1",
        "0.05;             1",
        "1.2x;             2"
    })
    void should_count_the_significant_digits_of_a_figure_as_written(String text, int digits) {
        assertThat(FigureParser.parse(text).orElseThrow().significantDigits()).isEqualTo(digits);
    }
}
