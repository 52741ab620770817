package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties every rounding to a floating-point format has (IEEE 754-2019 §4.3, round to nearest, ties to even),
 * checked on seeded random values over the whole range of each format: odd symmetry, idempotence and monotonicity.
 */
class FloatFormatPropertiesTest {

    private static final int SAMPLES = 200_000;

    /** Values spread over the format's range and beyond: magnitudes 2^-30 … 2^20, both signs. */
    private static double sample(SplittableRandom random) {
        double magnitude = Math.scalb(1.0 + random.nextDouble(), random.nextInt(-30, 20));
        return random.nextBoolean() ? magnitude : -magnitude;
    }

    @ParameterizedTest
    @EnumSource(FloatFormat.class)
    void should_round_odd_symmetrically(FloatFormat format) {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < SAMPLES; i++) {
            double x = sample(random);
            for (Overflow overflow : Overflow.values()) {
                double positive = format.round(Math.abs(x), overflow);
                double negative = format.round(-Math.abs(x), overflow);
                // -round(|x|) == round(-|x|), signed zero and NaN included
                assertThat(Double.doubleToLongBits(negative))
                        .as("%s %s %s", format, overflow, x)
                        .isEqualTo(Double.doubleToLongBits(Double.isNaN(positive) ? positive : -positive));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FloatFormat.class)
    void should_be_idempotent(FloatFormat format) {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < SAMPLES; i++) {
            double once = format.round(sample(random), Overflow.SATURATE);
            assertThat(format.round(once, Overflow.SATURATE)).isEqualTo(once);
        }
    }

    @ParameterizedTest
    @EnumSource(FloatFormat.class)
    void should_be_monotonic(FloatFormat format) {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < SAMPLES; i++) {
            double a = sample(random);
            double b = sample(random);
            double low = Math.min(a, b);
            double high = Math.max(a, b);
            assertThat(format.round(low, Overflow.SATURATE)).as("%s %s %s", format, low, high)
                    .isLessThanOrEqualTo(format.round(high, Overflow.SATURATE));
        }
    }
}
