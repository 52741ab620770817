package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimcheck.check.StorageFormat;
import org.claimcheck.check.stats.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FloatFormatTest {

    // FP8F Table 1: E4M3 and E5M2 are 8-bit (stored as FP8); bfloat16 and IEEE binary16 are 16-bit, binary32 32-bit
    @ParameterizedTest
    @CsvSource({"E4M3, FP8, 8", "E5M2, FP8, 8", "BF16, BF16, 16", "FP16, FP16, 16", "FP32, FP32, 32"})
    void should_be_stored_in_a_format_as_wide_as_its_fields(FloatFormat format, StorageFormat storage, int bits) {
        assertThat(format.storage()).contains(storage);
        assertThat(format.bits()).isEqualTo(bits).isEqualTo(storage.bits());
        assertThat(format.bytesPerElement()).isEqualTo(bits / 8.0);
    }

    @Test
    void should_take_half_a_byte_for_e2m1_without_a_storage_format_of_its_own() {
        // MX §5.3.3 Table 5: FP4 E2M1 is 1 sign, 2 exponent and 1 mantissa bit
        assertThat(FloatFormat.E2M1.bits()).isEqualTo(4);
        assertThat(FloatFormat.E2M1.bytesPerElement()).isEqualTo(0.5);
        assertThat(FloatFormat.E2M1.storage()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = FloatFormat.class, names = "FP32", mode = EnumSource.Mode.EXCLUDE)
    void should_decode_every_code_as_the_format_definition_says(FloatFormat format) {
        FormatDefinition definition = FormatDefinition.of(format);
        for (int code = 0; code < definition.codes(); code++) {
            double expected = definition.value(code);
            double actual = format.decode(code);
            if (Double.isNaN(expected)) {
                assertThat(actual).as("%s code %x", format, code).isNaN();
            } else {
                assertThat(Double.doubleToRawLongBits(actual)).as("%s code %x", format, code)
                        .isEqualTo(Double.doubleToRawLongBits(expected));
            }
        }
    }

    // FP8F Table 1 / OCP OFP8: E4M3 max 448, min normal 2^-6, min subnormal 2^-9; E5M2 57344, 2^-14, 2^-16.
    // IEEE binary16: 65504, 2^-14, 2^-24. bfloat16: (2 - 2^-7)·2^127, 2^-126, 2^-133.
    @ParameterizedTest
    @CsvSource({
            "E4M3, 448, 0.015625, 0.001953125, 7",
            "E5M2, 57344, 6.103515625e-5, 1.52587890625e-5, 15",
            "FP16, 65504, 6.103515625e-5, 5.9604644775390625e-8, 15",
            "BF16, 3.3895313892515355e38, 1.1754943508222875e-38, 9.183549615799121e-41, 127",
            // IEEE binary32: (2 - 2^-23)·2^127, 2^-126, 2^-149 (Java's Float.MAX_VALUE, MIN_NORMAL, MIN_VALUE)
            "FP32, 3.4028234663852886e38, 1.1754943508222875e-38, 1.401298464324817e-45, 127",
            // MX §5.3.3 Table 5: E2M1 max normal 1.5·2^2 = 6, min normal 2^0 = 1, min subnormal 0.5·2^0, bias 1
            "E2M1, 6, 1, 0.5, 1"})
    void should_have_the_published_constants(FloatFormat format, double max, double minNormal,
                                             double minSubnormal, int bias) {
        assertThat(format.maxFinite()).isEqualTo(max);
        assertThat(format.minNormal()).isEqualTo(minNormal);
        assertThat(format.minSubnormal()).isEqualTo(minSubnormal);
        assertThat(format.bias()).isEqualTo(bias);
    }

    @ParameterizedTest
    @EnumSource(value = FloatFormat.class, names = "FP32", mode = EnumSource.Mode.EXCLUDE)
    void should_round_trip_every_representable_value_in_both_overflow_modes(FloatFormat format) {
        for (int code = 0; code < 1 << format.bits(); code++) {
            float value = format.decode(code);
            if (!Float.isNaN(value) && !Float.isInfinite(value)) {
                assertThat(format.encode(value, Overflow.SATURATE)).as("%s %x", format, code).isEqualTo(code);
                assertThat(format.encode(value, Overflow.NAN)).as("%s %x", format, code).isEqualTo(code);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = FloatFormat.class, names = "FP32", mode = EnumSource.Mode.EXCLUDE)
    void should_round_every_tie_to_even_and_its_neighbours_to_the_nearer_code(FloatFormat format) {
        FormatDefinition definition = FormatDefinition.of(format);
        List<Integer> codes = definition.positiveFiniteCodes();
        for (int i = 0; i + 1 < codes.size(); i++) {
            int low = codes.get(i);
            int high = codes.get(i + 1);
            double midpoint = (definition.value(low) + definition.value(high)) / 2;
            int even = (low & 1) == 0 ? low : high;
            for (int sign : new int[] {0, definition.signBit()}) {
                double signed = sign == 0 ? midpoint : -midpoint;
                assertThat(format.encode(signed, Overflow.SATURATE)).as("%s tie %s", format, signed)
                        .isEqualTo(sign | even);
                assertThat(format.encode(Math.nextUp(midpoint) * (sign == 0 ? 1 : -1), Overflow.SATURATE))
                        .isEqualTo(sign | high);
                assertThat(format.encode(Math.nextDown(midpoint) * (sign == 0 ? 1 : -1), Overflow.SATURATE))
                        .isEqualTo(sign | low);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = FloatFormat.class, names = "FP32", mode = EnumSource.Mode.EXCLUDE)
    void should_agree_with_nearest_search_over_random_doubles(FloatFormat format) {
        // given: doubles with random sign, exponent around the format's range and 52 random mantissa bits
        FormatDefinition definition = FormatDefinition.of(format);
        List<Integer> codes = definition.positiveFiniteCodes();
        SeededRandom random = SeededRandom.of(7);
        int exponentSpan = 2 * format.bias() + format.mantissaBits() + 8;
        for (int i = 0; i < 20_000; i++) {
            double x = (random.uniform() < 0.5 ? -1 : 1) * (1 + random.uniform())
                    * Math.pow(2, random.uniformInt(exponentSpan) - format.bias() - format.mantissaBits() - 3);
            // when
            int expected = definition.nearest(x, codes);
            int saturated = format.encode(x, Overflow.SATURATE);
            // then
            if (expected >= 0) {
                assertThat(saturated).as("%s %s", format, x).isEqualTo(expected);
            } else {
                assertThat(format.decode(saturated)).isEqualTo((float) Math.copySign(format.maxFinite(), x));
            }
        }
    }

    @Test
    void should_keep_order_over_random_floats() {
        SeededRandom random = SeededRandom.of(11);
        for (FloatFormat format : FloatFormat.values()) {
            for (int i = 0; i < 20_000; i++) {
                float a = Float.intBitsToFloat(random.uniformInt(1 << 16) << 16 | random.uniformInt(1 << 16));
                float b = Float.intBitsToFloat(random.uniformInt(1 << 16) << 16 | random.uniformInt(1 << 16));
                if (Float.isNaN(a) || Float.isNaN(b)) {
                    continue;
                }
                double lowRounded = format.round(Math.min(a, b), Overflow.SATURATE);
                double highRounded = format.round(Math.max(a, b), Overflow.SATURATE);
                assertThat(lowRounded).as("%s %s %s", format, a, b).isLessThanOrEqualTo(highRounded);
            }
        }
    }

    // Hand-derived: 0.3 = 1.2·2^-2; E4M3 keeps 3 bits: 1.25 is nearer than 1.125, so 0.3125 = 0.0101.010 = 0x2A;
    // E5M2 keeps 2: 1.25 again, 0.01101.01 = 0x35. 1/3 in FP16 is 0x3555 and in BF16 0x3EAB, pi 0x4248 / 0x4049
    // (both 3.140625): the well-known encodings, re-derived from 1.0101…·2^-2 and 1.1001001…·2^1.
    @ParameterizedTest
    @CsvSource({"E4M3, 0.3, 0x2A", "E5M2, 0.3, 0x35", "FP16, 0.3333333333333333, 0x3555",
            "BF16, 0.3333333333333333, 0x3EAB", "FP16, 3.141592653589793, 0x4248", "BF16, 3.141592653589793, 0x4049",
            "E4M3, -448, 0xFE", "E5M2, -57344, 0xFB", "FP16, 65504, 0x7BFF",
            // binary32: 0.1 is 0x3DCCCCCD and 1/3 0x3EAAAAAB (1.0101…·2^-4 and ·2^-2, rounded up); -2 is 0xC0000000
            "FP32, 0.1, 0x3DCCCCCD", "FP32, 0.3333333333333333, 0x3EAAAAAB", "FP32, -2, 0xC0000000",
            // E2M1: 2.6 lies between 2 (0.10.0 = 0x4) and 3 (0.10.1 = 0x5), nearer 3; -0.3 rounds to -0.5 = 1.00.1
            "E2M1, 2.6, 0x5", "E2M1, -0.3, 0x9", "E2M1, 100, 0x7"})
    void should_encode_hand_derived_values(FloatFormat format, double value, String hex) {
        assertThat(format.encode(value, Overflow.SATURATE)).isEqualTo(code(hex));
    }

    @Test
    void should_round_a_double_just_above_a_midpoint_up_without_double_rounding() {
        // 1.0625 is the midpoint of 1.0 and 1.125 in E4M3; 1.0625 + 2^-40 is above it, so it rounds up. Going through
        // float first would land exactly on the midpoint and tie down to 1.0.
        assertThat(FloatFormat.E4M3.round(1.0625 + Math.pow(2, -40), Overflow.SATURATE)).isEqualTo(1.125);
        assertThat(FloatFormat.E4M3.round(1.0625, Overflow.SATURATE)).isEqualTo(1.0);
    }

    // E4M3: above 448 the next step would be 480; the midpoint 464 ties to 448 (mantissa 110 is even), anything above
    // overflows. E5M2: above 57344 = 1.11b·2^15 the next would be 2^16 = 65536; the midpoint 61440 ties to the even
    // code 0x7C = infinity.
    // FP16: 65520 is the midpoint above 65504 and ties to infinity, the IEEE behaviour.
    @ParameterizedTest
    @CsvSource({
            "E4M3, 464, 0x7E, 0x7E", "E4M3, 464.00000000000006, 0x7E, 0x7F", "E4M3, 1e9, 0x7E, 0x7F",
            "E4M3, -1e9, 0xFE, 0xFF", "E4M3, Infinity, 0x7E, 0x7F", "E4M3, -Infinity, 0xFE, 0xFF",
            "E5M2, 61439.99999999999, 0x7B, 0x7B", "E5M2, 61440, 0x7B, 0x7C", "E5M2, -Infinity, 0xFB, 0xFC",
            "FP16, 65519.99999999999, 0x7BFF, 0x7BFF", "FP16, 65520, 0x7BFF, 0x7C00",
            "BF16, Infinity, 0x7F7F, 0x7F80",
            // binary32: Float.MAX_VALUE + half its ulp (2^103) is the midpoint, and ties to the even code, infinity
            "FP32, 3.4028235677973366e38, 0x7F7FFFFF, 0x7F800000", "FP32, -Infinity, 0xFF7FFFFF, 0xFF800000",
            // E2M1 has neither: 7 is the midpoint of 6 and the next step 8 and would tie up, so it saturates
            "E2M1, 7, 0x7, 0x7", "E2M1, -Infinity, 0xF, 0xF"})
    void should_overflow_at_the_boundary_in_each_mode(FloatFormat format, double value, String saturated,
                                                      String nan) {
        assertThat(format.encode(value, Overflow.SATURATE)).isEqualTo(code(saturated));
        assertThat(format.encode(value, Overflow.NAN)).isEqualTo(code(nan));
    }

    @Test
    void should_keep_the_sign_of_zero_and_of_values_that_flush_to_zero() {
        assertThat(FloatFormat.E4M3.encode(-0.0, Overflow.SATURATE)).isEqualTo(0x80);
        assertThat(Float.floatToRawIntBits(FloatFormat.E4M3.decode(0x80))).isEqualTo(Float.floatToRawIntBits(-0f));
        // half the smallest subnormal (2^-10) ties to the even code 0; just above it rounds up to 2^-9
        assertThat(FloatFormat.E4M3.encode(-Math.pow(2, -10), Overflow.SATURATE)).isEqualTo(0x80);
        assertThat(FloatFormat.E4M3.encode(Math.nextUp(Math.pow(2, -10)), Overflow.SATURATE)).isEqualTo(0x01);
        assertThat(FloatFormat.FP16.encode(-1e-30, Overflow.NAN)).isEqualTo(0x8000);
    }

    @Test
    void should_propagate_nan_and_decode_the_special_codes() {
        assertThat(FloatFormat.E4M3.encode(Double.NaN, Overflow.SATURATE)).isEqualTo(0x7F);
        assertThat(FloatFormat.E4M3.decode(0xFF)).isNaN();
        assertThat(FloatFormat.E4M3.decode(0x7E)).isEqualTo(448f);
        assertThat(FloatFormat.E5M2.decode(FloatFormat.E5M2.encode(Double.NaN, Overflow.NAN))).isNaN();
        assertThat(FloatFormat.E5M2.decode(0x7C)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(FloatFormat.E5M2.decode(0xFC)).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(List.of(0x7D, 0x7E, 0x7F)).allSatisfy(code -> assertThat(FloatFormat.E5M2.decode(code)).isNaN());
        assertThat(FloatFormat.BF16.decode(FloatFormat.BF16.encode(Double.NaN, Overflow.SATURATE))).isNaN();
    }

    // OCP MX v1.0 §5.3.3 Table 5 (FP4 E2M1: bias 1, no Inf, no NaN), each code written out as S.EE.M by hand:
    // exponent 00 is subnormal, 0.M·2^0; otherwise 1.M·2^(E-1)
    @ParameterizedTest
    @CsvSource({"0x0, 0.0", "0x1, 0.5", "0x2, 1.0", "0x3, 1.5", "0x4, 2.0", "0x5, 3.0", "0x6, 4.0", "0x7, 6.0",
            "0x8, -0.0", "0x9, -0.5", "0xA, -1.0", "0xB, -1.5", "0xC, -2.0", "0xD, -3.0", "0xE, -4.0", "0xF, -6.0"})
    void should_decode_every_e2m1_code_as_the_mx_table_lists_it(String hex, double value) {
        assertThat(Double.doubleToRawLongBits(FloatFormat.E2M1.decode(code(hex))))
                .isEqualTo(Double.doubleToRawLongBits(value));
        assertThat(FloatFormat.E2M1.encode(value, Overflow.SATURATE)).isEqualTo(code(hex));
    }

    // Every tie between neighbouring E2M1 values, hand-derived: the midpoint goes to the code with an even last bit
    // (0.25 → 0 = 0x0, 0.75 → 1 = 0x2, 1.25 → 1 = 0x2, 1.75 → 2 = 0x4, 2.5 → 2 = 0x4, 3.5 → 4 = 0x6, 5 → 4 = 0x6);
    // 7, the midpoint above 6, would go to 8 (even) and is clamped to 6 (MX §6.3)
    @ParameterizedTest
    @CsvSource({"0.25, 0x0, 0x0, 0x1", "0.75, 0x1, 0x2, 0x2", "1.25, 0x2, 0x2, 0x3", "1.75, 0x3, 0x4, 0x4",
            "2.5, 0x4, 0x4, 0x5", "3.5, 0x5, 0x6, 0x6", "5, 0x6, 0x6, 0x7", "7, 0x7, 0x7, 0x7"})
    void should_round_every_e2m1_tie_to_even(double midpoint, String below, String tie, String above) {
        for (Overflow overflow : Overflow.values()) {
            assertThat(FloatFormat.E2M1.encode(midpoint, overflow)).isEqualTo(code(tie));
            assertThat(FloatFormat.E2M1.encode(-midpoint, overflow)).isEqualTo(0x8 | code(tie));
            assertThat(FloatFormat.E2M1.encode(Math.nextUp(midpoint), overflow)).isEqualTo(code(above));
            assertThat(FloatFormat.E2M1.encode(Math.nextDown(midpoint), overflow)).isEqualTo(code(below));
        }
    }

    @Test
    void should_refuse_to_encode_nan_in_e2m1_which_has_none() {
        assertThatThrownBy(() -> FloatFormat.E2M1.encode(Double.NaN, Overflow.SATURATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("E2M1 has no NaN");
        assertThat(FloatFormat.E2M1.hasNaN()).isFalse();
        assertThat(FloatFormat.E4M3.hasNaN()).isTrue();
    }

    @Test
    void should_round_to_fp32_as_the_java_cast_does() {
        // JLS §5.1.3: a double-to-float cast rounds to nearest, ties to even, with subnormals, and overflows to ±∞:
        // an independent binary32 rounding. Random bit patterns cover every exponent; the second half is near 1.
        SeededRandom random = SeededRandom.of(17);
        for (int i = 0; i < 400_000; i++) {
            long high = (long) random.uniformInt(1 << 16) << 48;
            long bits = high | (long) random.uniformInt(1 << 24) << 24 | random.uniformInt(1 << 24);
            double x = i % 2 == 0 ? Double.longBitsToDouble(bits) : Double.longBitsToDouble(bits & 0x800F_FFFF_FFFF_FFFFL
                    | 0x3FF0_0000_0000_0000L);
            float cast = (float) x;
            int code = FloatFormat.FP32.encode(x, Overflow.NAN);
            if (Double.isNaN(x)) {
                assertThat(FloatFormat.FP32.decode(code)).isNaN();
                continue;
            }
            assertThat(code).as("%s", x).isEqualTo(Float.floatToRawIntBits(cast));
            float saturated = Float.isInfinite(cast) ? Math.copySign(Float.MAX_VALUE, cast) : cast;
            assertThat(FloatFormat.FP32.decode(FloatFormat.FP32.encode(x, Overflow.SATURATE))).isEqualTo(saturated);
        }
    }

    // The first magnitude past max's midpoint: E4M3 464 ties down to 448 (0x7E even), so just above it; E5M2's
    // 61,440 ties up to 0x7C (∞); FP16's 65,520 likewise (IEEE); E2M1's 7 ties up to 8, past 6 (0x7 is odd)
    @ParameterizedTest
    @CsvSource({"E4M3, 464.00000000000006", "E5M2, 61440", "FP16, 65520", "E2M1, 7",
            "FP32, 3.4028235677973366e38"})
    void should_know_the_smallest_magnitude_that_overflows(FloatFormat format, double expected) {
        assertThat(format.smallestOverflow()).isEqualTo(expected);
        assertThat(format.encode(Math.nextDown(expected), Overflow.SATURATE))
                .isEqualTo(format.encode(format.maxFinite(), Overflow.SATURATE));
    }

    @Test
    void should_refuse_a_code_out_of_range() {
        assertThatThrownBy(() -> FloatFormat.E4M3.decode(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("E4M3 code out of range: 256");
    }

    /** A code written in hex, 0x… (FP32's negative codes included). */
    private static int code(String hex) {
        return Integer.parseUnsignedInt(hex.substring(2), 16);
    }
}
