package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalInputTest {

    @Test
    void should_round_a_decimal_just_above_a_midpoint_up_even_when_it_parses_onto_the_midpoint() {
        // 1.0625 is the E4M3 midpoint between 1.0 and 1.125; the decimal below is above it by 1e-25, which the nearest
        // double cannot hold (it parses to 1.0625 exactly); the decimal itself must round up to 1.125.
        double nudged = DecimalInput.parse("1.0625000000000000000000001").orElseThrow();
        assertThat(FloatFormat.E4M3.round(nudged, Overflow.SATURATE)).isEqualTo(1.125);
        assertThat(FloatFormat.E4M3.round(DecimalInput.parse("1.0624999999999999999999999").orElseThrow(),
                Overflow.SATURATE)).isEqualTo(1.0);
        assertThat(DecimalInput.parse("1.0625")).contains(1.0625);
    }

    @Test
    void should_read_the_special_values_and_signed_zero() {
        assertThat(DecimalInput.parse("NaN").orElseThrow()).isNaN();
        assertThat(DecimalInput.parse(" -Infinity ")).contains(Double.NEGATIVE_INFINITY);
        assertThat(Double.doubleToRawLongBits(DecimalInput.parse("-0").orElseThrow()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(DecimalInput.parse("1e999999999999")).contains(Double.POSITIVE_INFINITY);
        assertThat(DecimalInput.parse("-1e-999999999999")).contains(-0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.5f", "0x1p3", "1,5", "--1", "inf"})
    void should_refuse_what_is_not_a_decimal(String text) {
        assertThat(DecimalInput.parse(text)).isEmpty();
    }
}
