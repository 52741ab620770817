package org.claimcheck.check.fp8;

/**
 * Round-to-nearest-even of a double into a small binary floating-point format, on the double's bits: integer
 * rounding for the format's normal range, one exact double addition for its subnormal range. Callers pass the
 * format's fields as constants so that the JIT folds every shift and mask.
 */
final class RoundToNearestEven {

    private static final int DOUBLE_MANTISSA_BITS = 52;
    private static final int DOUBLE_BIAS = 1023;
    private static final long DOUBLE_ABS_MASK = 0x7FFF_FFFF_FFFF_FFFFL;
    private static final long DOUBLE_INFINITY_BITS = 0x7FF0_0000_0000_0000L;

    private RoundToNearestEven() {
    }

    /**
     * The code nearest to {@code value}, ties to even; see {@link FloatFormat#encode(double, Overflow)}.
     *
     * @param exponentBits    the format's exponent field width, in [2, 11)
     * @param mantissaBits    its mantissa field width, in [1, 52)
     * @param bias            its exponent bias
     * @param maxCode         the positive code of its largest finite value
     * @param nanOverflowCode the positive code an overflow becomes in {@link Overflow#NAN} mode (∞ or NaN)
     * @param nanCode         the positive code of its quiet NaN
     */
    static int encode(double value, Overflow overflow, int exponentBits, int mantissaBits, int bias, int maxCode,
                      int nanOverflowCode, int nanCode) {
        long raw = Double.doubleToRawLongBits(value);
        long abs = raw & DOUBLE_ABS_MASK;
        int sign = (int) (raw >>> 63) << (exponentBits + mantissaBits);
        int shift = DOUBLE_MANTISSA_BITS - mantissaBits;
        if (abs >= (long) (DOUBLE_BIAS + 1 - bias) << DOUBLE_MANTISSA_BITS) {
            int overflowCode = overflow == Overflow.SATURATE ? maxCode : nanOverflowCode;
            if (abs < DOUBLE_INFINITY_BITS) {
                // add half an ulp minus one, plus the lowest kept bit: ties go to the even neighbour
                long rounded = (abs + (1L << (shift - 1)) - 1 + ((abs >>> shift) & 1)) >>> shift;
                long code = rounded - ((long) (DOUBLE_BIAS - bias) << mantissaBits);
                return sign | (code <= maxCode ? (int) code : overflowCode);
            }
            return sign | (abs == DOUBLE_INFINITY_BITS ? overflowCode : nanCode);
        }
        // |value| + 2^(1 - bias - mantissaBits + 52) rounds |value| onto the subnormal grid in one exact addition
        long magicBits = (long) (DOUBLE_BIAS + 1 - bias - mantissaBits + DOUBLE_MANTISSA_BITS) << DOUBLE_MANTISSA_BITS;
        double sum = Double.longBitsToDouble(abs) + Double.longBitsToDouble(magicBits);
        return sign | (int) (Double.doubleToRawLongBits(sum) - magicBits);
    }
}
