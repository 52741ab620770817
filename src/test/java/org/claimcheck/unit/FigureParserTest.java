package org.claimcheck.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureParserTest {

    // Each row worked by hand: value in the dimension's base unit, and half a step of the last written digit,
    // also in base units ("84%" = 0.84 ± 0.005; "2.788M" = 2,788,000 ± 500; "$5.576M" = 5,576,000 ± 500 USD).
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "84%;                 0.84;      0.005;   RATIO",
        "+12%;                0.12;      0.005;   RATIO",
        "-4.2%;               -0.042;    0.0005;  RATIO",
        "50%;                 0.5;       0.005;   RATIO",
        "671B parameters;     6.71e11;   5e8;     PARAMETERS",
        "37B parameters;      3.7e10;    5e8;     PARAMETERS",
        "2.788M GPU-hours;    2.788e6;   500;     GPU_HOURS",
        "$5.576M;             5.576e6;   500;     MONEY",
        "$100M;               1e8;       5e5;     MONEY",
        "128 channels;        128;       0.5;     CHANNELS",
        "70,272 bytes;        70272;     0.5;     BYTES",
        "68.6 KiB;            70246.4;   51.2;    BYTES",
        "1.2x;                1.2;       0.05;    RATIO",
        "3.29e24 FLOPs;       3.29e24;   5e21;    FLOPS",
        "448;                 448;       0.5;     COUNT",
        "989.5 TFLOP/s;       9.895e14;  5e10;    FLOP_RATE"
    })
    void should_parse_figures_as_articles_write_them(String text, double value, double halfStep, Dimension dimension) {
        // when
        StatedFigure figure = FigureParser.parse(text).orElseThrow();
        // then
        assertThat(figure.quantity().dimension()).isEqualTo(dimension);
        assertThat(figure.quantity().inBase()).isCloseTo(value, within(Math.abs(value) * 1e-12));
        assertThat(figure.halfStepInBase()).isCloseTo(halfStep, within(halfStep * 1e-9));
        assertThat(figure.text()).isEqualTo(text);
    }

    @Test
    void should_keep_decimal_and_binary_kilobytes_apart() {
        // 1 KB = 1000 bytes (SI); 1 KiB = 1024 bytes (IEC 80000-13)
        assertThat(FigureParser.parse("1 KB").orElseThrow().quantity().inBase()).isEqualTo(1000.0);
        assertThat(FigureParser.parse("1 KiB").orElseThrow().quantity().inBase()).isEqualTo(1024.0);
    }

    @Test
    void should_explain_what_a_figure_looks_like_when_the_text_is_not_one() {
        assertThat(FigureParser.problem("five percent"))
                .contains("a figure such as 84%, $5.576M, 671B parameters or 128 channels");
        assertThat(FigureParser.parse("five percent")).isEmpty();
    }

    @Test
    void should_name_the_known_units_when_the_unit_is_unknown() {
        assertThat(FigureParser.problem("12 furlongs").orElseThrow())
                .startsWith("a known unit (ratio, %, x, parameters,")
                .endsWith(") after the number");
    }

    @Test
    void should_refuse_a_unit_after_a_dollar_amount() {
        assertThat(FigureParser.problem("$5M parameters")).contains("no unit after a $ amount");
    }
}
