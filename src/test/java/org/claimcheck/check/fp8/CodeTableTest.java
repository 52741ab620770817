package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.check.stats.SeededRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CodeTableTest {

    // The table is filled by runs whose ends agree; every one of its 2^17 entries must still be what the arithmetic
    // encoder gives that entry's representative
    @ParameterizedTest
    @EnumSource(value = FloatFormat.class, names = {"E4M3", "E5M2", "E2M1"})
    void should_hold_the_arithmetic_code_of_every_representative(FloatFormat format) {
        for (Overflow overflow : Overflow.values()) {
            for (int index = 0; index < CodeTable.ENTRIES; index++) {
                double representative = CodeTable.representative(index);
                if (format == FloatFormat.E2M1 && Double.isNaN(representative)) {
                    continue;
                }
                assertThat(format.encode(representative, overflow)).as("%s %s %x", format, overflow, index)
                        .isEqualTo(format.encodeByArithmetic(representative, overflow));
            }
        }
    }

    // The table is built from the arithmetic encoder at one representative per index; these doubles are not the
    // representatives: random bit patterns (every exponent, NaNs and infinities included) and doubles one ulp from
    // each lattice point, where the sticky bit decides.
    @ParameterizedTest
    @EnumSource(value = FloatFormat.class, names = {"E4M3", "E5M2", "E2M1"})
    void should_encode_like_the_arithmetic_encoder_on_doubles_that_are_not_representatives(FloatFormat format) {
        SeededRandom random = SeededRandom.of(23);
        for (int i = 0; i < 2_000_000; i++) {
            long bits = (long) random.uniformInt(1 << 30) << 34 ^ (long) random.uniformInt(1 << 30) << 4
                    ^ random.uniformInt(16);
            double x = Double.longBitsToDouble(i % 3 == 0 ? bits : bits & 0xFFFF_0000_0000_0000L);
            double[] around = i % 3 == 0 ? new double[] {x} : new double[] {Math.nextDown(x), x, Math.nextUp(x)};
            for (double value : around) {
                if (format == FloatFormat.E2M1 && Double.isNaN(value)) {
                    continue;
                }
                for (Overflow overflow : Overflow.values()) {
                    assertThat(format.encode(value, overflow)).as("%s %s %s", format, value, overflow)
                            .isEqualTo(format.encodeByArithmetic(value, overflow));
                }
            }
        }
    }

    // index = top 16 bits, then the sticky bit: 1.0 is 0x3FF0… with no lower bits; 1 + 2^-52 sets the sticky bit;
    // -0.0 is 0x8000…; 1.0625 = 0x3FF1… (4th mantissa bit)
    @ParameterizedTest
    // 1.03125 = 1 + 2^-5 sets only bit 47, the highest of the lower bits: sticky, so 0x7FE1 like 1 + 2^-52;
    // 1.09375 = 1 + 2^-4 + 2^-5 sets bits 48 and 47: 0x7FE3
    @CsvSource({"1.0, 0x7FE0", "1.0000000000000002, 0x7FE1", "-0.0, 0x10000", "1.0625, 0x7FE2", "1.03125, 0x7FE1",
        "1.09375, 0x7FE3"})
    void should_index_by_the_top_bits_and_the_sticky_bit(double value, String index) {
        assertThat(CodeTable.index(value)).isEqualTo(Integer.decode(index));
        assertThat(CodeTable.index(CodeTable.representative(Integer.decode(index)))).isEqualTo(Integer.decode(index));
    }

    // The quantizer's cast reads the code and value tables directly; it must give, bit for bit, what the arithmetic
    // encoder and the decoder give: on every representative, on its neighbours one ulp away, and on NaN, ±infinity
    @ParameterizedTest
    @EnumSource(value = FloatFormat.class, names = {"E4M3", "E5M2", "BF16", "FP16"})
    void should_round_in_place_as_the_arithmetic_encoder_and_the_decoder_do(FloatFormat format) {
        double[] values = new double[3 * CodeTable.ENTRIES + 3];
        for (int index = 0; index < CodeTable.ENTRIES; index++) {
            double representative = CodeTable.representative(index);
            values[3 * index] = Math.nextDown(representative);
            values[3 * index + 1] = representative;
            values[3 * index + 2] = Math.nextUp(representative);
        }
        values[values.length - 3] = Double.NaN;
        values[values.length - 2] = Double.POSITIVE_INFINITY;
        values[values.length - 1] = Double.NEGATIVE_INFINITY;
        double[] rounded = values.clone();
        // when
        format.roundSaturatingInPlace(rounded, 0, rounded.length);
        // then
        for (int i = 0; i < values.length; i++) {
            double expected = format.decode(format.encodeByArithmetic(values[i], Overflow.SATURATE));
            assertThat(Double.doubleToRawLongBits(rounded[i])).as("%s %s", format, values[i])
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }
}
