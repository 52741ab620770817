package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.check.fp8.LimitedAccumulator.Truncation;
import org.junit.jupiter.api.Test;

class LimitedAccumulatorTest {

    @Test
    void should_drop_what_falls_below_the_kept_bits_of_the_largest_addend() {
        // bits 4, largest addend 1 = 2^0: the unit is 2^(0 − 3) = 1/8; 2^-5 is 1/4 unit
        LimitedAccumulator towardZero = new LimitedAccumulator(4, 32, Truncation.TOWARD_ZERO);
        LimitedAccumulator towardNegative = new LimitedAccumulator(4, 32, Truncation.TOWARD_NEGATIVE);
        double[] products = {1, Math.pow(2, -5)};
        double[] negative = {1, -Math.pow(2, -5)};
        // toward zero: 1/4 unit → 0, so 1; toward −∞: −1/4 unit → −1 unit, so 1 − 1/8 = 0.875
        assertThat(towardZero.add(0, products, 2)).isEqualTo(1.0);
        assertThat(towardZero.add(0, negative, 2)).isEqualTo(1.0);
        assertThat(towardNegative.add(0, products, 2)).isEqualTo(1.0);
        assertThat(towardNegative.add(0, negative, 2)).isEqualTo(0.875);
    }

    @Test
    void should_truncate_the_running_sum_too_when_a_larger_product_arrives() {
        // bits 4: running sum 1.0625 (0x11 sixteenths) meets the product 8 = 2^3; unit 2^(3 − 3) = 1, so the sum
        // keeps 1 and 8 + 1 = 9
        LimitedAccumulator accumulator = new LimitedAccumulator(4, 32, Truncation.TOWARD_ZERO);
        assertThat(accumulator.add(1.0625, new double[] {8}, 1)).isEqualTo(9.0);
    }

    @Test
    void should_be_exact_when_every_addend_fits() {
        // 3 + 5 + 7 + 100 = 115 needs 7 bits; 14 are kept
        LimitedAccumulator accumulator = new LimitedAccumulator(14, 32, Truncation.TOWARD_NEGATIVE);
        assertThat(accumulator.add(100, new double[] {3, 5, 7}, 3)).isEqualTo(115.0);
        assertThat(accumulator.add(0, new double[] {0, 0}, 2)).isZero();
    }
}
