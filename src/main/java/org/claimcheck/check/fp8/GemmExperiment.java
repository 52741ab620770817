package org.claimcheck.check.fp8;

import java.util.Arrays;
import org.claimcheck.check.Named;
import org.claimcheck.check.stats.SeededRandom;

/**
 * Experiment E2: C = A·B with A (size × K) and B (K × size) drawn from N(0, 1), cast to {@code format} with one FP32
 * scale per tensor, multiplied exactly and summed in each {@link Accumulation} mode, against the FP64 sum of the same
 * FP8 products (so only accumulation error is measured; the common scale factors cancel in relative errors).
 *
 * <p>For each seed the matrices are drawn once at the largest K and smaller K use their leading columns / rows, so
 * one pass over K yields every K's sums.
 *
 * @param size              M = N, ≥ 1
 * @param format            the input format
 * @param accumulator       the limited accumulator's model
 * @param promotionInterval N_C, products between promotions to FP32, ≥ 1
 */
record GemmExperiment(int size, FloatFormat format, LimitedAccumulator accumulator, int promotionInterval) {

    /** How the error of C is summarised. */
    public enum Metric implements Named {
        /** max |C − C_ref| / max |C_ref|: the largest error, relative to the largest exact entry. */
        MAX_RELATIVE_ERROR("max-relative-error"),
        /** ‖C − C_ref‖_F / ‖C_ref‖_F. */
        RELATIVE_FROBENIUS_ERROR("relative-frobenius-error");

        private final String id;

        Metric(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    public GemmExperiment {
        if (size < 1 || promotionInterval < 1 || format == null || accumulator == null) {
            throw new IllegalArgumentException("size and promotion interval must be ≥ 1");
        }
    }

    /**
     * The errors of one seed.
     *
     * @param innerDims the K values, ascending, each a positive multiple of the MMA size and of nothing else
     * @return errors[accumulation][k index][metric], ratios ≥ 0
     * @throws IllegalArgumentException when a K is not a positive multiple of the accumulator's MMA size
     */
    public double[][][] errors(int[] innerDims, long seed) {
        int mma = accumulator.productsPerMma();
        if (promotionInterval % mma != 0 || Arrays.stream(innerDims).anyMatch(k -> k < 1 || k % mma != 0)) {
            throw new IllegalArgumentException("K and the promotion interval must be multiples of " + mma);
        }
        int maxK = innerDims[innerDims.length - 1];
        SeededRandom random = SeededRandom.of(seed);
        double[] a = castPerTensor(gaussian(random, Math.multiplyExact(size, maxK)));
        double[] bTransposed = castPerTensor(gaussian(random, Math.multiplyExact(size, maxK)));
        // c[mode or exact][k index][cell]
        double[][][] c = new double[Accumulation.values().length + 1][innerDims.length][size * size];
        double[] products = new double[mma];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                accumulate(c, i * size + j, a, i * maxK, bTransposed, j * maxK, innerDims, products);
            }
        }
        double[][][] errors = new double[Accumulation.values().length][innerDims.length][];
        for (Accumulation mode : Accumulation.values()) {
            for (int index = 0; index < innerDims.length; index++) {
                errors[mode.ordinal()][index] = summarise(c[mode.ordinal()][index], c[c.length - 1][index]);
            }
        }
        return errors;
    }

    /** One pass over K for one output cell, recording every mode's sum at each K of {@code innerDims}. */
    private void accumulate(double[][][] c, int cell, double[] a, int aOffset, double[] b, int bOffset,
                            int[] innerDims, double[] products) {
        double exact = 0;
        float fp32 = 0;
        double limited = 0;
        float promotedTotal = 0;
        double partial = 0;
        int next = 0;
        for (int start = 0; next < innerDims.length; start += products.length) {
            for (int t = 0; t < products.length; t++) {
                products[t] = a[aOffset + start + t] * b[bOffset + start + t];
                exact += products[t];
                fp32 += (float) products[t];
            }
            limited = accumulator.add(limited, products, products.length);
            partial = accumulator.add(partial, products, products.length);
            int end = start + products.length;
            if (end % promotionInterval == 0) {
                promotedTotal += (float) partial;
                partial = 0;
            }
            if (end == innerDims[next]) {
                c[Accumulation.FP32.ordinal()][next][cell] = fp32;
                c[Accumulation.LIMITED.ordinal()][next][cell] = limited;
                c[Accumulation.PROMOTED.ordinal()][next][cell] = promotedTotal + (float) partial;
                c[c.length - 1][next][cell] = exact;
                next++;
            }
        }
    }

    private static double[] summarise(double[] c, double[] exact) {
        double maxError = 0;
        double maxExact = 0;
        double errorSquares = 0;
        double exactSquares = 0;
        for (int i = 0; i < c.length; i++) {
            double error = Math.abs(c[i] - exact[i]);
            maxError = Math.max(maxError, error);
            maxExact = Math.max(maxExact, Math.abs(exact[i]));
            errorSquares += error * error;
            exactSquares += exact[i] * exact[i];
        }
        return new double[] {maxError / maxExact, Math.sqrt(errorSquares / exactSquares)};
    }

    private static double[] gaussian(SeededRandom random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.gaussian();
        }
        return values;
    }

    /** The values cast to the format after multiplying by max / amax, left in the scaled (FP8) domain. */
    private double[] castPerTensor(double[] values) {
        double scale = ScaleKind.FP32.scale(Quantizer.amax(values), format.maxFinite());
        double[] cast = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            cast[i] = format.round(values[i] * scale, Overflow.SATURATE);
        }
        return cast;
    }
}
