package org.claimcheck.check.fp8;

import org.claimcheck.check.stats.SeededRandom;

/**
 * Synthetic gradient elements after global-norm clipping (experiment E3): if the clipped gradient of
 * {@code parameterCount} parameters has global norm {@code clipNorm}, its elements have root mean square
 * clipNorm / √parameterCount. Elements are drawn with that RMS, as a rows × {@link #COLUMNS} tensor.
 *
 * @param parameterCount parameters the global norm is taken over, ≥ 1
 * @param clipNorm       the global norm after clipping, &gt; 0
 * @param rows           rows of the sampled tensor, ≥ 1
 * @param heavyTailed    Student's t with 3 degrees of freedom (scaled to unit variance) instead of N(0, 1)
 */
record ClippedGradients(double parameterCount, double clipNorm, int rows, boolean heavyTailed) {

    /** Columns of the sampled tensor: eight 1×128 tiles per row. */
    static final int COLUMNS = 1024;

    ClippedGradients {
        if (!(parameterCount >= 1) || !(clipNorm > 0) || rows < 1) {
            throw new IllegalArgumentException("parameter count ≥ 1, clip norm > 0 and rows ≥ 1 required");
        }
    }

    /** Root mean square of an element: clipNorm / √parameterCount. */
    double elementRms() {
        return clipNorm / Math.sqrt(parameterCount);
    }

    double[] sample(SeededRandom random) {
        double[] values = new double[Math.multiplyExact(rows, COLUMNS)];
        double rms = elementRms();
        if (heavyTailed) {
            SeededRandom.Sampler t = random.studentT(OutlierActivations.STUDENT_T_DEGREES_OF_FREEDOM);
            double unitVariance = Math.sqrt((OutlierActivations.STUDENT_T_DEGREES_OF_FREEDOM - 2)
                    / OutlierActivations.STUDENT_T_DEGREES_OF_FREEDOM);
            for (int i = 0; i < values.length; i++) {
                values[i] = t.sample() * unitVariance * rms;
            }
        } else {
            for (int i = 0; i < values.length; i++) {
                values[i] = random.gaussian() * rms;
            }
        }
        return values;
    }

    /** The error of casting one seed's draw with a scaling strategy. */
    QuantizationError cast(long seed, FloatFormat format, Scaling scaling) {
        double[] original = sample(SeededRandom.of(seed));
        double[] quantized = new double[original.length];
        long overflows = Quantizer.of(format, ScaleKind.FP32).quantize(original, rows, COLUMNS, scaling, quantized);
        return QuantizationError.of(original, quantized, overflows);
    }
}
