package org.claimcheck.check.fp8;

import java.util.function.IntPredicate;

/**
 * How far a quantized tensor is from the original.
 *
 * @param sqnrDb           signal-to-quantization-noise ratio 10·log10(Σx² / Σ(x − q)²), dB; +∞ when exact
 * @param relativeRmsError √(Σ(x − q)² / Σx²), a ratio ≥ 0
 * @param flushedShare     non-zero inputs that became zero / non-zero inputs, in [0, 1]
 * @param overflowCount    values that rounded beyond the format's maximum (and saturated), ≥ 0
 */
record QuantizationError(double sqnrDb, double relativeRmsError, double flushedShare, long overflowCount) {

    /**
     * The error of {@code quantized} against {@code original}.
     *
     * @param original      the values before the cast, not all zero
     * @param quantized     the values after quantize-dequantize, same length
     * @param overflowCount as counted by the cast
     * @throws IllegalArgumentException when the lengths differ or all original values are zero
     */
    public static QuantizationError of(double[] original, double[] quantized, long overflowCount) {
        return of(original, quantized, overflowCount, index -> true);
    }

    /**
     * The error of {@code quantized} against {@code original} over the indices {@code included} accepts (the
     * overflow count is the caller's, over whatever it counted).
     *
     * @throws IllegalArgumentException when the lengths differ or all included original values are zero
     */
    public static QuantizationError of(double[] original, double[] quantized, long overflowCount,
                                       IntPredicate included) {
        if (original.length != quantized.length) {
            throw new IllegalArgumentException(original.length + " originals but " + quantized.length + " quantized");
        }
        double signal = 0;
        double noise = 0;
        long nonZero = 0;
        long flushed = 0;
        for (int i = 0; i < original.length; i++) {
            if (!included.test(i)) {
                continue;
            }
            double difference = original[i] - quantized[i];
            signal += original[i] * original[i];
            noise += difference * difference;
            if (original[i] != 0) {
                nonZero++;
                if (quantized[i] == 0) {
                    flushed++;
                }
            }
        }
        if (nonZero == 0) {
            throw new IllegalArgumentException("all included original values are zero");
        }
        return new QuantizationError(10 * Math.log10(signal / noise), Math.sqrt(noise / signal),
                flushed / (double) nonZero, overflowCount);
    }
}
