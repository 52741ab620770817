package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantizerTest {

    @Test
    void should_map_the_amax_of_each_tile_exactly_onto_itself() {
        // given: one row of 256 values, two tiles; tile 0 peaks at 1000, tile 1 at 0.001
        double[] values = new double[256];
        for (int i = 0; i < 128; i++) {
            values[i] = (i + 1) * 1000.0 / 128;
            values[128 + i] = (i + 1) * 0.001 / 128;
        }
        double[] out = new double[256];
        // when
        long overflows = Quantizer.of(FloatFormat.E4M3, ScaleKind.POWER_OF_TWO)
                .quantize(values, 1, 256, Scaling.TILE_1X128, out);
        // then: with a power-of-two scale 1000·2^-2 = 250 and 0.001·2^18 = 262.144 are below 448 and dequantize
        // within E4M3's half ulp (2^-4 relative); nothing overflows
        assertThat(overflows).isZero();
        assertThat(out[127]).isCloseTo(1000.0, within(1000.0 / 16));
        assertThat(out[255]).isCloseTo(0.001, within(0.001 / 16));
    }

    @Test
    void should_flush_small_values_that_share_a_tensor_scale_with_an_outlier() {
        // given: amax 1e6 gives the tensor scale 448 / 1e6, so 1e-3 scales to 4.48e-7, far below half of E4M3's
        // smallest subnormal (2^-10 ≈ 9.8e-4)
        double[] values = {1e6, 1e-3, -1e-3, 2e-3};
        double[] out = new double[4];
        Quantizer.of(FloatFormat.E4M3, ScaleKind.FP32).quantize(values, 1, 4, Scaling.PER_TENSOR, out);
        QuantizationError error = QuantizationError.of(values, out, 0);
        // then: three of four non-zero values flushed
        assertThat(error.flushedShare()).isEqualTo(0.75);
    }

    @Test
    void should_count_and_saturate_values_beyond_the_maximum_with_a_given_scale() {
        // given: scale 448 / 2 = 224 (as if an earlier step's amax were 2); 3 · 224 = 672 > 464 overflows
        double[] values = {1, 2, 3, -3};
        double[] out = new double[4];
        // when
        long overflows = Quantizer.of(FloatFormat.E4M3, ScaleKind.FP32).quantizeWithScale(values, 224, out);
        // then: both ±3 saturate to ±448 / 224 = ±2
        assertThat(overflows).isEqualTo(2);
        assertThat(out).containsExactly(1, 2, 2, -2);
    }

    @Test
    void should_leave_values_as_they_are_without_scaling_and_flush_what_is_too_small() {
        double[] values = {1e-6, 0.5, 1000};
        double[] out = new double[3];
        long overflows = Quantizer.of(FloatFormat.E4M3, ScaleKind.FP32).quantize(values, 1, 3, Scaling.NONE, out);
        assertThat(overflows).isEqualTo(1);
        assertThat(out).containsExactly(0, 0.5, 448);
    }

    @Test
    void should_scale_each_128_by_128_block_on_its_own() {
        // given: 256 × 256 of ones, with the lower-right block times 2^20 (power of two: every value stays exact)
        double[] values = new double[256 * 256];
        for (int r = 0; r < 256; r++) {
            for (int c = 0; c < 256; c++) {
                values[r * 256 + c] = r >= 128 && c >= 128 ? Math.pow(2, 20) : 1;
            }
        }
        double[] out = new double[values.length];
        long overflows = Quantizer.of(FloatFormat.E4M3, ScaleKind.POWER_OF_TWO)
                .quantize(values, 256, 256, Scaling.BLOCK_128X128, out);
        assertThat(overflows).isZero();
        assertThat(out).isEqualTo(values);
    }

    @Test
    void should_give_scale_one_to_an_all_zero_group() {
        assertThat(ScaleKind.FP32.scale(0, 448)).isEqualTo(1.0);
        // 448 / 3 = 149.33…; the largest power of two not above it is 128
        assertThat(ScaleKind.POWER_OF_TWO.scale(3, 448)).isEqualTo(128.0);
        assertThat(ScaleKind.FP32.scale(3, 448)).isEqualTo((double) (float) (448.0 / 3));
    }

    @Test
    void should_measure_error_as_defined() {
        // hand-derived: signal 1 + 4 = 5, noise (2 − 1.5)² = 0.25; SQNR 10·log10(20) = 13.0103 dB; RMS √0.05
        QuantizationError error = QuantizationError.of(new double[] {1, 2, 0}, new double[] {1, 1.5, 0}, 3);
        assertThat(error.sqnrDb()).isCloseTo(13.010299956639812, within(1e-12));
        assertThat(error.relativeRmsError()).isCloseTo(Math.sqrt(0.05), within(1e-15));
        assertThat(error.flushedShare()).isZero();
        assertThat(error.overflowCount()).isEqualTo(3);
    }

    @Test
    void should_refuse_a_shape_that_does_not_match() {
        assertThatThrownBy(() -> Quantizer.of(FloatFormat.E4M3, ScaleKind.FP32)
                .quantize(new double[6], 2, 2, Scaling.PER_ROW, new double[6]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape 2 × 2 does not match 6 values and 6 outputs");
    }
}
