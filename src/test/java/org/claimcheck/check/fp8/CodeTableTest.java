package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.check.stats.SeededRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CodeTableTest {

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
    @CsvSource({"1.0, 0x7FE0", "1.0000000000000002, 0x7FE1", "-0.0, 0x10000", "1.0625, 0x7FE2"})
    void should_index_by_the_top_bits_and_the_sticky_bit(double value, String index) {
        assertThat(CodeTable.index(value)).isEqualTo(Integer.decode(index));
        assertThat(CodeTable.index(CodeTable.representative(Integer.decode(index)))).isEqualTo(Integer.decode(index));
    }
}
