package org.claimcheck.check.fp8;

import org.claimcheck.check.Named;

/**
 * A model of the H800 Tensor Core's FP8 accumulation as report R describes it (§3.5.2 p.20–21): fixed-point
 * addition in which, for each MMA instruction, the running sum and the instruction's products are aligned to the
 * largest exponent among them, only the highest {@code bits} bits of each are kept and the bits below are truncated.
 *
 * <p>Modelling choices (stated, not from the sources): one MMA instruction adds {@code productsPerMma} products
 * (N_C = 128 = 4 WGMMAs gives 32, R p.17); the running sum is one of the aligned addends.
 *
 * @param bits           bits kept below and including the largest addend's leading bit, in [2, 52]; R: about 14
 * @param productsPerMma products per aligned addition, ≥ 1
 * @param truncation     which way the dropped bits go
 */
record LimitedAccumulator(int bits, int productsPerMma, Truncation truncation) {

    /** Where the truncated bits of an addend go. */
    public enum Truncation implements Named {
        /** Toward zero: the magnitude is truncated (a sign-magnitude alignment, the alternative reading). */
        TOWARD_ZERO("toward-zero"),
        /** Toward −∞: a two's-complement arithmetic ("sign-fill") right shift, as R p.21 words it. */
        TOWARD_NEGATIVE("toward-negative");

        private final String id;

        Truncation(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    public LimitedAccumulator {
        if (bits < 2 || bits > 52 || productsPerMma < 1 || truncation == null) {
            throw new IllegalArgumentException("bits must be in [2, 52] and productsPerMma ≥ 1");
        }
    }

    /**
     * One MMA instruction: {@code sum} plus {@code products[0 … count)}, aligned to the largest exponent among them
     * and each cut to {@code bits} bits below it, then added exactly.
     *
     * @param sum      the running sum, finite
     * @param products the products, finite; at most {@code productsPerMma} are meant to be given at once
     * @param count    how many of {@code products} to add, ≥ 0
     * @return the new running sum (exact when every addend fits in {@code bits} bits)
     */
    public double add(double sum, double[] products, int count) {
        int maxExponent = sum == 0 ? Integer.MIN_VALUE : Math.getExponent(sum);
        for (int t = 0; t < count; t++) {
            if (products[t] != 0) {
                maxExponent = Math.max(maxExponent, Math.getExponent(products[t]));
            }
        }
        if (maxExponent == Integer.MIN_VALUE) {
            return sum;
        }
        double toUnits = powerOfTwo(bits - 1 - maxExponent);
        long units = truncate(sum * toUnits);
        for (int t = 0; t < count; t++) {
            units += truncate(products[t] * toUnits);
        }
        return units * powerOfTwo(maxExponent - (bits - 1));
    }

    /** 2^exponent for a normal exponent, by building the bits (Math.scalb is slower in this hot loop). */
    private static double powerOfTwo(int exponent) {
        return exponent >= Double.MIN_EXPONENT && exponent <= Double.MAX_EXPONENT
                ? Double.longBitsToDouble((long) (exponent + Double.MAX_EXPONENT) << 52) : Math.scalb(1.0, exponent);
    }

    private long truncate(double units) {
        return truncation == Truncation.TOWARD_ZERO ? (long) units : (long) Math.floor(units);
    }
}
