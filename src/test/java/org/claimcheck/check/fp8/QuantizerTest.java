package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.claimcheck.check.stats.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    @Test
    void should_keep_the_signs_of_a_tile_of_zeros() {
        // given: amax 0 gives scale 1 (ScaleKind), and ±0 round to ±0 (E4M3 codes 0x00 and 0x80)
        double[] values = new double[128];
        values[5] = -0.0;
        double[] out = new double[128];
        // when
        long overflows = Quantizer.of(FloatFormat.E4M3, ScaleKind.FP32).quantize(values, 1, 128, Scaling.TILE_1X128,
                out);
        // then
        assertThat(overflows).isZero();
        assertThat(out).isEqualTo(values);
        assertThat(Double.doubleToRawLongBits(out[5])).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void should_cast_a_tile_with_a_nan_or_an_infinity_unscaled() {
        // given: a NaN or an infinite amax has no finite scale, so the tile keeps scale 1 (ScaleKind.scale): 1000 and
        // infinity saturate to 448 and count as overflows; 0.3 = 0.25 · 1.2 rounds to 0.25 · (1 + 2/8) = 0.3125
        // (mantissa 1.6/8 → 2/8); NaN stays NaN (E4M3's S.1111.111)
        double[] values = new double[256];
        values[0] = Double.NaN;
        values[1] = 1000;
        values[2] = 0.3;
        values[128] = Double.NEGATIVE_INFINITY;
        values[129] = 0.3;
        double[] out = new double[256];
        // when
        long overflows = Quantizer.of(FloatFormat.E4M3, ScaleKind.FP32).quantize(values, 1, 256, Scaling.TILE_1X128,
                out);
        // then
        assertThat(overflows).isEqualTo(2);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isEqualTo(448);
        assertThat(out[2]).isEqualTo(0.3125);
        assertThat(out[128]).isEqualTo(-448);
        assertThat(out[129]).isEqualTo(0.3125);
        assertThat(Quantizer.amax(new double[] {1, Double.NaN, Double.POSITIVE_INFINITY})).isNaN();
        assertThat(Quantizer.amax(new double[] {1, Double.NEGATIVE_INFINITY})).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void should_map_a_value_at_amax_onto_the_maximum_and_round_a_subnormal_after_scaling() {
        // given: amax 896 gives the power-of-two scale 2^-1 (448 / 896 = 0.5): -896 becomes -448 exactly, no overflow;
        // 3 · 2^-9 scales to 1.5 · 2^-9, halfway between E4M3's subnormals 2^-9 (code 1) and 2^-8 (code 2): ties to
        // the even code 2, so it comes back as 2^-8 / 2^-1 = 2^-7; 2^-11 scales to 2^-12, under half the smallest
        // subnormal: flushed to 0
        double[] values = new double[128];
        values[0] = -896;
        values[1] = 3 * Math.scalb(1.0, -9);
        values[2] = Math.scalb(1.0, -11);
        double[] out = new double[128];
        // when
        long overflows = Quantizer.of(FloatFormat.E4M3, ScaleKind.POWER_OF_TWO).quantize(values, 1, 128,
                Scaling.TILE_1X128, out);
        // then
        assertThat(overflows).isZero();
        assertThat(out[0]).isEqualTo(-896);
        assertThat(out[1]).isEqualTo(Math.scalb(1.0, -7));
        assertThat(out[2]).isZero();
    }

    // A second method: the cast as its definition states it, value by value, with Math.max for amax and the
    // arithmetic encoder (no table), on tensors with outliers, zeros, subnormals, NaNs and infinities; the quantizer
    // must give the same bits and the same overflow count under every scaling and both scale kinds
    @ParameterizedTest
    @EnumSource(value = FloatFormat.class, names = {"E4M3", "E5M2", "BF16"})
    void should_give_the_bits_of_the_cast_as_defined(FloatFormat format) {
        SeededRandom random = SeededRandom.of(16);
        int rows = 130;
        int columns = 300;
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            double draw = random.uniform();
            values[i] = draw < 0.001 ? Double.NaN : draw < 0.002 ? Double.NEGATIVE_INFINITY
                    : draw < 0.01 ? random.gaussian() * 1e5 : draw < 0.02 ? random.gaussian() * 1e-300
                    : draw < 0.03 ? 0.0 : random.gaussian() * 10;
        }
        for (ScaleKind kind : ScaleKind.values()) {
            for (Scaling scaling : Scaling.values()) {
                // when
                double[] out = new double[values.length];
                long overflows = Quantizer.of(format, kind).quantize(values, rows, columns, scaling, out);
                // then
                double[] expected = new double[values.length];
                long expectedOverflows = castAsDefined(format, kind, values, rows, columns, scaling, expected);
                assertThat(overflows).as("%s %s", kind, scaling).isEqualTo(expectedOverflows);
                for (int i = 0; i < values.length; i++) {
                    assertThat(Double.doubleToRawLongBits(out[i])).as("%s %s %s", kind, scaling, values[i])
                            .isEqualTo(Double.doubleToRawLongBits(expected[i]));
                }
            }
        }
    }

    private static long castAsDefined(FloatFormat format, ScaleKind kind, double[] values, int rows, int columns,
                                      Scaling scaling, double[] out) {
        long overflows = 0;
        int groupRows = scaling.groupRows(rows);
        int groupColumns = scaling.groupColumns(columns);
        for (int r0 = 0; r0 < rows; r0 += groupRows) {
            for (int c0 = 0; c0 < columns; c0 += groupColumns) {
                double amax = 0;
                for (int r = r0; r < Math.min(r0 + groupRows, rows); r++) {
                    for (int c = c0; c < Math.min(c0 + groupColumns, columns); c++) {
                        amax = Math.max(amax, Math.abs(values[r * columns + c]));
                    }
                }
                double scale = scaling == Scaling.NONE ? 1.0 : kind.scale(amax, format.maxFinite());
                for (int r = r0; r < Math.min(r0 + groupRows, rows); r++) {
                    for (int c = c0; c < Math.min(c0 + groupColumns, columns); c++) {
                        double scaled = values[r * columns + c] * scale;
                        overflows += Math.abs(scaled) >= format.smallestOverflow() ? 1 : 0;
                        out[r * columns + c] = format.decode(format.encodeByArithmetic(scaled, Overflow.SATURATE))
                                / scale;
                    }
                }
            }
        }
        return overflows;
    }
}