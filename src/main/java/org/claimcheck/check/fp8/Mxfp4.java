package org.claimcheck.check.fp8;

import java.util.Arrays;

/**
 * MXFP4, the OCP Microscaling format with FP4 elements: blocks of 32 {@link FloatFormat#E2M1} elements sharing one
 * E8M0 scale X = 2^(s − 127), 4 + 8/32 = 4.25 bits per element. Bit-exact, round-to-nearest-even.
 *
 * <p>Conversion (MX §6.3): X is the largest power of two not above the block's largest magnitude, divided by the
 * largest power of two of the element format (4 = 2^2 for E2M1): X = 2^(⌊log2 amax⌋ − 2); each element is V / X
 * rounded to E2M1, magnitudes beyond 6 clamped to ±6 with their sign. The division is exact (X is a power of two),
 * so each element rounds once. The value of an element is X · P.
 *
 * <p>Where the specification leaves the choice to the implementation, this codec: gives an all-zero block the
 * smallest scale, 2^−127 (⌊log2 0⌋ = −∞ clamped to the scale's range; every scale decodes zeros alike); clamps a
 * shared exponent below −127 to −127 (tiny blocks: elements then round on 2^−127's grid); and gives a block the NaN
 * scale 0xFF when a shared exponent above 127 would be needed (amax ≥ 2^130) or when the block holds a NaN or an
 * infinity, which E2M1 cannot represent. A NaN scale makes every element of its block NaN.
 *
 * @see <a href="https://www.opencompute.org/documents/ocp-microscaling-formats-mx-v1-0-spec-final-pdf">OCP
 *     Microscaling Formats (MX) v1.0: §5.2 Table 1 (MXFP4: E2M1, k = 32, E8M0), §5.3.3 Table 5 (E2M1),
 *     §5.4.1 Table 7 (E8M0: bias 127, exponents −127 … 127, 0xFF = NaN, no zero), §6.3 (conversion)</a>
 */
final class Mxfp4 {

    /** Elements per block, k = 32 (MX §5.2 Table 1). */
    public static final int BLOCK_ELEMENTS = 32;
    /** The E8M0 code of NaN (MX §5.4.1 Table 7). */
    public static final int NAN_SCALE = 0xFF;
    /** Exponent of the largest power of two E2M1 holds, emax = 2 (4.0; MX §5.3.3 Table 5). */
    static final int ELEMENT_EMAX = 2;
    /** Bits of the E8M0 scale, w = 8. */
    static final int SCALE_BITS = 8;
    /** E8M0 bias and the bounds of its exponent (MX §5.4.1 Table 7). */
    static final int SCALE_BIAS = 127;
    static final int SCALE_MAX_EXPONENT = 127;
    static final int SCALE_MIN_EXPONENT = -127;

    private Mxfp4() {
    }

    /**
     * Storage per element, in bits: d + w / k = 4 + 8 / 32 = 4.25 (MX §5.2 Table 1).
     *
     * @return 4.25
     */
    public static double bitsPerElement() {
        return FloatFormat.E2M1.bits() + (double) SCALE_BITS / BLOCK_ELEMENTS;
    }

    /**
     * The E8M0 code of a block's shared scale: ⌊log2 max |V_i|⌋ − 2 + 127, clamped below at 0.
     *
     * @param values the block's values, from {@code from} (inclusive) to {@code to} (exclusive), any doubles
     * @return in [0, 254], or {@link #NAN_SCALE} for a block with a NaN or an infinity, or with amax ≥ 2^130
     * @throws IllegalArgumentException unless 0 ≤ from ≤ to ≤ values.length
     */
    public static int scaleCode(double[] values, int from, int to) {
        if (!(0 <= from && from <= to && to <= values.length)) {
            throw new IllegalArgumentException("block [" + from + ", " + to + ") out of " + values.length);
        }
        double amax = 0;
        for (int i = from; i < to; i++) {
            amax = Math.max(amax, Math.abs(values[i]));
        }
        if (!Double.isFinite(amax)) {
            return NAN_SCALE;
        }
        // Math.getExponent is ⌊log2⌋ for normal doubles; zero and subnormals give −1023 and −1024, clamped alike
        int exponent = Math.max(Math.getExponent(amax) - ELEMENT_EMAX, SCALE_MIN_EXPONENT);
        return exponent > SCALE_MAX_EXPONENT ? NAN_SCALE : exponent + SCALE_BIAS;
    }

    /**
     * The scale a code stands for, 2^(code − 127).
     *
     * @param scaleCode in [0, 255]
     * @return 2^−127 … 2^127, or NaN for 0xFF
     * @throws IllegalArgumentException when the code is out of range
     */
    public static double scale(int scaleCode) {
        if (!(0 <= scaleCode && scaleCode <= NAN_SCALE)) {
            throw new IllegalArgumentException("E8M0 code out of range: " + scaleCode);
        }
        return scaleCode == NAN_SCALE ? Double.NaN : Math.scalb(1.0, scaleCode - SCALE_BIAS);
    }

    /**
     * The E2M1 code of one element of a block: V / X rounded to nearest, ties to even, clamped to ±6.
     *
     * @param value     the element, finite
     * @param scaleCode its block's scale, in [0, 254]
     * @return in [0, 16)
     * @throws IllegalArgumentException for a NaN value or the NaN scale
     */
    public static int elementCode(double value, int scaleCode) {
        if (scaleCode == NAN_SCALE) {
            throw new IllegalArgumentException("a block with the NaN scale has no element codes");
        }
        return FloatFormat.E2M1.encode(value * Math.scalb(1.0, SCALE_BIAS - scaleCode), Overflow.SATURATE);
    }

    /**
     * Quantize-dequantize, block by block of 32 from the first value (the last block may be shorter): each value
     * becomes X · P of its block.
     *
     * @param values any doubles
     * @param out    receives the values, at least as long as {@code values}
     * @throws IllegalArgumentException when {@code out} is shorter than {@code values}
     */
    public static void quantize(double[] values, double[] out) {
        if (out.length < values.length) {
            throw new IllegalArgumentException(out.length + " outputs for " + values.length + " values");
        }
        for (int from = 0; from < values.length; from += BLOCK_ELEMENTS) {
            quantizeBlock(values, from, Math.min(from + BLOCK_ELEMENTS, values.length), out);
        }
    }

    /** Quantize-dequantize of one block, values[from, to) into out[from, to). */
    public static void quantizeBlock(double[] values, int from, int to, double[] out) {
        int scaleCode = scaleCode(values, from, to);
        if (scaleCode == NAN_SCALE) {
            Arrays.fill(out, from, to, Double.NaN);
            return;
        }
        double scale = scale(scaleCode);
        // 1 / X is a power of two as well (2^-127 … 2^127), so V · (1 / X) is V / X, correctly rounded alike
        double inverse = Math.scalb(1.0, SCALE_BIAS - scaleCode);
        for (int i = from; i < to; i++) {
            out[i] = scale * FloatFormat.E2M1.decode(FloatFormat.E2M1.encode(values[i] * inverse, Overflow.SATURATE));
        }
    }
}
