package org.claimcheck.check.fp8;

import java.util.Arrays;

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
 * encoder {@link RoundToNearestEven}, so the two cannot disagree on a representative.
 */
final class CodeTable {

    /** Entries of a table: 2^16 top bits times the sticky bit. */
    static final int ENTRIES = 1 << 17;
    private static final long LOW_47_BITS = (1L << 47) - 1;

    private CodeTable() {
    }

    /**
     * The table index of a double: its top 16 bits, then 1 when any of its 48 lower bits is set. Adding 2^47 − 1 to
     * the lowest 47 bits carries into bit 47 exactly when they are not all zero, and never beyond (the sum is below
     * 2^48); or-ing that in sets bit 47 exactly when some of the 48 lower bits is set, and the top 17 bits are the
     * index.
     *
     * <p>Written as one shift of a long by 47, so that the compiler knows the index lies in [0, 2^17), the tables'
     * length, and drops the bounds check of each look-up.
     *
     * @return in [0, 2^17)
     */
    static int index(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return (int) ((bits | (bits & LOW_47_BITS) + LOW_47_BITS) >>> 47);
    }

    /** The double that stands for every double of an index: its top bits, and lowest bit set when sticky. */
    static double representative(int index) {
        return Double.longBitsToDouble((long) (index >>> 1) << 48 | index & 1);
    }

    /**
     * The table of a format's codes in an overflow mode, from its arithmetic encoder at each index's representative.
     *
     * <p>Within each sign the code never decreases as the index grows (a larger index is a larger magnitude, and
     * infinity and NaN come last with codes above the largest finite one), so a run of indices whose first and last
     * codes agree is filled without encoding the rest: about 2 · 16 encodings per code instead of one per index.
     * This keeps the first encode of a run short; no lambda is used, for the same reason.
     */
    static byte[] of(FloatFormat format, Overflow overflow) {
        byte[] codes = new byte[ENTRIES];
        fill(codes, 0, ENTRIES / 2, format, overflow);
        fill(codes, ENTRIES / 2, ENTRIES, format, overflow);
        return codes;
    }

    /** Fills codes[from, to) of one sign, splitting the run in halves until its ends agree. */
    private static void fill(byte[] codes, int from, int to, FloatFormat format, Overflow overflow) {
        int first = format.encodeByArithmetic(representative(from), overflow);
        int last = format.encodeByArithmetic(representative(to - 1), overflow);
        if (first == last) {
            Arrays.fill(codes, from, to, (byte) first);
            return;
        }
        int middle = (from + to) >>> 1;
        fill(codes, from, middle, format, overflow);
        fill(codes, middle, to, format, overflow);
    }

    /** The value of each code of an 8-bit format as a double, {@code (double) format.decode(code)}. */
    static double[] values(FloatFormat format) {
        double[] values = new double[1 << Byte.SIZE];
        for (int code = 0; code < values.length; code++) {
            values[code] = format.decode(code);
        }
        return values;
    }

    /**
     * E4M3's saturating table, built when it is first used (one holder per table: only those used are built), and
     * E4M3's values by code, for {@link FloatFormat#roundSaturatingInPlace}.
     */
    static final class E4m3Saturate {
        static final byte[] CODES = of(FloatFormat.E4M3, Overflow.SATURATE);
        static final double[] VALUES = values(FloatFormat.E4M3);

        private E4m3Saturate() {
        }
    }

    /** E4M3's table where overflow gives NaN. */
    static final class E4m3Nan {
        static final byte[] CODES = of(FloatFormat.E4M3, Overflow.NAN);

        private E4m3Nan() {
        }
    }

    /** E5M2's saturating table, and E5M2's values by code. */
    static final class E5m2Saturate {
        static final byte[] CODES = of(FloatFormat.E5M2, Overflow.SATURATE);
        static final double[] VALUES = values(FloatFormat.E5M2);

        private E5m2Saturate() {
        }
    }

    /** E5M2's table where overflow gives infinity. */
    static final class E5m2Nan {
        static final byte[] CODES = of(FloatFormat.E5M2, Overflow.NAN);

        private E5m2Nan() {
        }
    }

    /**
     * E2M1's table: it saturates in both modes; NaN maps to a code outside its 4 bits, which
     * {@link FloatFormat#encode} refuses.
     */
    static final class E2m1 {
        static final byte[] CODES = of(FloatFormat.E2M1, Overflow.SATURATE);

        private E2m1() {
        }
    }
}
