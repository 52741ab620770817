package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Mxfp4Test {

    // MX §5.4.1 Table 7: E8M0 is 2^(code - 127), codes 0 … 254 give 2^-127 … 2^127, 0xFF is NaN
    @ParameterizedTest
    @CsvSource({"0, 5.877471754111438e-39", "125, 0.25", "127, 1", "128, 2", "254, 1.7014118346046923e38"})
    void should_decode_e8m0_scales_as_powers_of_two(int code, double scale) {
        assertThat(Mxfp4.scale(code)).isEqualTo(scale);
    }

    @Test
    void should_decode_the_nan_scale_and_refuse_codes_out_of_range() {
        assertThat(Mxfp4.scale(0xFF)).isNaN();
        assertThatThrownBy(() -> Mxfp4.scale(256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("E8M0 code out of range: 256");
    }

    // MX §6.3: X = 2^(⌊log2 amax⌋ − 2), E8M0 code ⌊log2 amax⌋ − 2 + 127. By hand: amax 6 → ⌊2.58⌋ = 2 → 127;
    // amax 1 → 0 − 2 → 125; amax 3.0001 → 1 − 2 → 126; amax 7 → 2 → 127; amax 1.5·2^129 → 129 − 2 → 254;
    // amax 2^-130 → −132, clamped to −127 → 0; an all-zero block → 0
    @ParameterizedTest
    @CsvSource({"6, 127", "1, 125", "3.0001, 126", "7, 127", "1.0208471007628154e39, 254", "7.346839692639297e-40, 0",
            "0, 0"})
    void should_choose_the_shared_scale_from_the_largest_magnitude(double amax, int code) {
        double[] block = {0.5 * amax, -amax, 0};
        assertThat(Mxfp4.scaleCode(block, 0, 3)).isEqualTo(code);
    }

    @Test
    void should_give_the_nan_scale_to_a_block_e2m1_cannot_hold() {
        // a NaN or an infinity has no E2M1 code; amax 2^130 would need the exponent 128 > 127
        assertThat(Mxfp4.scaleCode(new double[] {1, Double.NaN}, 0, 2)).isEqualTo(0xFF);
        assertThat(Mxfp4.scaleCode(new double[] {Double.NEGATIVE_INFINITY}, 0, 1)).isEqualTo(0xFF);
        assertThat(Mxfp4.scaleCode(new double[] {Math.scalb(1.0, 130)}, 0, 1)).isEqualTo(0xFF);
        double[] out = new double[2];
        Mxfp4.quantizeBlock(new double[] {1, Double.NaN}, 0, 2, out);
        assertThat(out).containsOnly(Double.NaN);
    }

    @Test
    void should_quantize_a_hand_worked_block() {
        // amax 2.4: ⌊log2 2.4⌋ = 1, X = 2^-1. V / X = 0.2, -0.7, 2.2, 4.8 → E2M1 0 (below the 0.25 midpoint), -0.5
        // (0.7 is nearer 0.5 than 1), 2 (nearer than 3), 4 (below the 5 midpoint): codes 0x0, 0x9, 0x4, 0x6, and
        // X · P = 0, -0.25, 1, 2
        double[] block = {0.1, -0.35, 1.1, 2.4};
        int scale = Mxfp4.scaleCode(block, 0, 4);
        assertThat(scale).isEqualTo(126);
        assertThat(Arrays.stream(block).mapToInt(v -> Mxfp4.elementCode(v, scale)).toArray())
                .containsExactly(0x0, 0x9, 0x4, 0x6);
        double[] out = new double[4];
        Mxfp4.quantize(block, out);
        assertThat(out).containsExactly(0, -0.25, 1, 2);
    }

    @Test
    void should_clamp_a_block_maximum_beyond_six_times_the_scale() {
        // amax 3.0001: X = 0.5, 3.0001 / 0.5 = 6.0002 > 6 is clamped to 6, so it comes back as 3 (MX §6.3); amax 7:
        // X = 1, 7 is the midpoint above 6 and clamps to 6
        double[] out = new double[2];
        Mxfp4.quantize(new double[] {3.0001, -1}, out);
        assertThat(out).containsExactly(3, -1);
        Mxfp4.quantize(new double[] {7, 0.75}, out);
        assertThat(out).containsExactly(6, 1);
    }

    @Test
    void should_scale_each_block_of_32_on_its_own() {
        // 33 values: the first 32 peak at 64 (X = 16), the 33rd is alone in its block with amax 0.1 (X = 2^-6)
        double[] values = new double[33];
        Arrays.fill(values, 0, 32, 3);
        values[31] = 64;
        values[32] = 0.1;
        double[] out = new double[33];
        Mxfp4.quantize(values, out);
        // 3 / 16 = 0.1875 rounds to 0 (below the 0.25 midpoint); 0.1 / 2^-6 = 6.4 clamps to 6 → 6 · 2^-6 = 0.09375
        assertThat(out[0]).isZero();
        assertThat(out[31]).isEqualTo(64);
        assertThat(out[32]).isEqualTo(0.09375);
    }

    @Test
    void should_take_four_and_a_quarter_bits_per_element() {
        // MX §5.2 Table 1: d = 4 bits per element, one w = 8-bit scale per k = 32: 4 + 8 / 32 = 4.25
        assertThat(Mxfp4.bitsPerElement()).isEqualTo(4.25);
    }
}
