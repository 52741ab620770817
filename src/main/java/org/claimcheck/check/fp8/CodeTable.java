package org.claimcheck.check.fp8;

import java.util.function.DoubleToIntFunction;

/**
 * Encoding by table for the formats with at most 3 mantissa bits (E4M3, E5M2, E2M1): one entry per value of the
 * double's top 16 bits (sign, 11 exponent bits, the first 4 mantissa bits) and a sticky bit (whether any of the 48
 * lower mantissa bits is set), 2^17 entries of one byte.
 *
 * <p>Why that is exact: every value and every midpoint between neighbouring values of such a format has at most 4
 * significant bits after the leading one (3 mantissa bits and the half-ulp bit; fewer in its subnormal range), so
 * each is a double whose 48 lower bits are zero. Two doubles with the same top 16 bits and both with lower bits set
 * lie strictly between the same two such lattice points, hence on the same side of every midpoint, and round to the
 * same code; a double with no lower bits set is itself a lattice point. NaN stays NaN (the representative keeps a
 * non-zero mantissa), infinity stays infinity. Each table is filled once, on first use, from the arithmetic
 * encoder {@link RoundToNearestEven}, so the two can never disagree on a code.
 */
final class CodeTable {

    /** Entries of a table: 2^16 top bits times the sticky bit. */
    static final int ENTRIES = 1 << 17;
    private static final long LOW_48_BITS = (1L << 48) - 1;

    private CodeTable() {
    }

    /**
     * The table index of a double: its top 16 bits, then 1 when any of its 48 lower bits is set (adding 2^48 − 1 to
     * the lower bits carries into bit 48 exactly when they are not all zero).
     *
     * @return in [0, 2^17)
     */
    static int index(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return (int) (bits >>> 47) & ~1 | (int) (((bits & LOW_48_BITS) + LOW_48_BITS) >>> 48);
    }

    /** The double that stands for every double of an index: its top bits, and lowest bit set when sticky. */
    static double representative(int index) {
        return Double.longBitsToDouble((long) (index >>> 1) << 48 | index & 1);
    }

    /** A table of the codes {@code encoder} gives each index's representative, each in [0, 256). */
    static byte[] of(DoubleToIntFunction encoder) {
        byte[] codes = new byte[ENTRIES];
        for (int index = 0; index < ENTRIES; index++) {
            codes[index] = (byte) encoder.applyAsInt(representative(index));
        }
        return codes;
    }

    /** E4M3's tables, one per overflow mode, built when E4M3 first encodes. */
    static final class E4m3 {
        static final byte[] SATURATE = of(value -> FloatFormat.E4M3.encodeByArithmetic(value, Overflow.SATURATE));
        static final byte[] NAN = of(value -> FloatFormat.E4M3.encodeByArithmetic(value, Overflow.NAN));

        private E4m3() {
        }
    }

    /** E5M2's tables, one per overflow mode. */
    static final class E5m2 {
        static final byte[] SATURATE = of(value -> FloatFormat.E5M2.encodeByArithmetic(value, Overflow.SATURATE));
        static final byte[] NAN = of(value -> FloatFormat.E5M2.encodeByArithmetic(value, Overflow.NAN));

        private E5m2() {
        }
    }

    /**
     * E2M1's table: it saturates in both modes; NaN maps to a code outside its 4 bits, which
     * {@link FloatFormat#encode} refuses.
     */
    static final class E2m1 {
        static final byte[] CODES = of(value -> FloatFormat.E2M1.encodeByArithmetic(value, Overflow.SATURATE));

        private E2m1() {
        }
    }
}
