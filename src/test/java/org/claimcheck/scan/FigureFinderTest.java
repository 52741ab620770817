package org.claimcheck.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.unit.StatedFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // sentence; the figures a claim file would write, read by hand
        "FP8 cuts data size by 50% while maintaining stability.; 50%",
        "a 671B-parameter model and OpenAI's $100M GPT-4 budget; 671B parameters|$100M",
        "Groups activation values into 128-channel tiles; 128 channels",
        "Uses 4-bit exponents and 3-bit mantissas; 4 bits|3 bits",
        "It costs 2.788M GPU-hours, or 1.2x less; 2.788M GPU-hours|1.2x",
        "+12% accuracy vs standard MoE; +12%",
        "256 specialists but only 8 per task; 256|8",
        "the KV cache holds 70,272 bytes per token; 70,272 bytes"
    })
    void should_find_each_figure_with_its_unit(String sentence, String expected) {
        assertThat(FigureFinder.of(sentence)).extracting(StatedFigure::text)
                .containsExactly(expected.split("\\|"));
    }

    @Test
    void should_leave_out_ordinals_and_digits_inside_names() {
        assertThat(FigureFinder.of("Secret #1: FP8 on H800 GPUs beats GPT-4 and E4M3, the 1st and 20th time"))
                .isEmpty();
    }
}
