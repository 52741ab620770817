package org.claimcheck.check.fp8;

import java.util.Objects;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;

/**
 * Quantize-dequantize of a row-major tensor through a format: each scaling group's values are multiplied by the
 * group's scale, cast, and divided by the scale again, into a caller's array (no allocation per value).
 *
 * <p>Values that round beyond the format's largest finite value are counted as overflows and saturate to ±max (the
 * count is what an IEEE-style cast would have turned into NaN or infinity).
 */
final class Quantizer {

    /** The {@code format} parameter of the experiments that cast through a quantizer. */
    static final Parameter FORMAT = Parameter.optional("format", Named.oneOf(FloatFormat.class),
            "the format cast to (default E4M3)");

    private static final long ABS_MASK = 0x7FFF_FFFF_FFFF_FFFFL;
    private static final long INFINITY_BITS = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);

    private final FloatFormat format;
    private final ScaleKind scaleKind;
    private final double maxFinite;
    private final double smallestOverflow;

    private Quantizer(FloatFormat format, ScaleKind scaleKind) {
        this.format = Objects.requireNonNull(format, "format");
        this.scaleKind = Objects.requireNonNull(scaleKind, "scaleKind");
        this.maxFinite = format.maxFinite();
        this.smallestOverflow = format.smallestOverflow();
    }

    public static Quantizer of(FloatFormat format, ScaleKind scaleKind) {
        return new Quantizer(format, scaleKind);
    }

    public FloatFormat format() {
        return format;
    }

    /**
     * Quantizes {@code values} with one scale per group of {@code scaling}, each scale s = max / amax of its group.
     *
     * @param values  rows × columns values, row-major, finite
     * @param rows    ≥ 1
     * @param columns ≥ 1, rows · columns = values.length
     * @param scaling the grouping
     * @param out     receives the dequantized values, same length
     * @return the number of values that rounded beyond the format's maximum (saturated in {@code out})
     * @throws IllegalArgumentException when the shape does not match the arrays
     */
    public long quantize(double[] values, int rows, int columns, Scaling scaling, double[] out) {
        requireShape(values, rows, columns, out);
        int groupRows = scaling.groupRows(rows);
        int groupColumns = scaling.groupColumns(columns);
        long overflows = 0;
        for (int r0 = 0; r0 < rows; r0 += groupRows) {
            int r1 = Math.min(r0 + groupRows, rows);
            for (int c0 = 0; c0 < columns; c0 += groupColumns) {
                int c1 = Math.min(c0 + groupColumns, columns);
                if (scaling == Scaling.NONE) {
                    overflows += cast(values, columns, r0, r1, c0, c1, 1.0, true, out);
                    continue;
                }
                double amax = amax(values, columns, r0, r1, c0, c1);
                double scale = scaleKind.scale(amax, maxFinite);
                // |v| ≤ amax gives |v · s| ≤ amax · s (rounding is monotonic): below the overflow bound, no value
                // of the group overflows and none need be compared; a NaN or infinite amax is compared
                overflows += cast(values, columns, r0, r1, c0, c1, scale, !(amax * scale < smallestOverflow), out);
            }
        }
        return overflows;
    }

    /**
     * Quantizes all of {@code values} with one given scale (delayed scaling: the scale comes from earlier steps).
     *
     * @param scale &gt; 0 and finite, multiplies the values before the cast
     * @return the number of values that rounded beyond the format's maximum
     */
    public long quantizeWithScale(double[] values, double scale, double[] out) {
        requireShape(values, 1, values.length, out);
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive and finite, got " + scale);
        }
        return cast(values, values.length, 0, 1, 0, values.length, scale, true, out);
    }

    /** The scale this quantizer's kind gives a group with this amax: ≈ max / amax. */
    public double scaleFor(double amax) {
        return scaleKind.scale(amax, maxFinite);
    }

    /** Largest magnitude of all values (0 for an empty array; NaN when one is NaN). */
    public static double amax(double[] values) {
        return amax(values, values.length, 0, values.length == 0 ? 0 : 1, 0, values.length);
    }

    /**
     * The largest magnitude of a group, NaN when one of its values is NaN. It compares the magnitudes' bits as longs:
     * for doubles without sign the bits order as the values do, and every NaN's lie above infinity's. Four running
     * maxima, so that the comparisons do not wait on one another.
     */
    private static double amax(double[] values, int columns, int r0, int r1, int c0, int c1) {
        long max0 = 0;
        long max1 = 0;
        long max2 = 0;
        long max3 = 0;
        for (int r = r0; r < r1; r++) {
            int i = r * columns + c0;
            int end = r * columns + c1;
            for (; i + 3 < end; i += 4) {
                max0 = Math.max(max0, magnitudeBits(values[i]));
                max1 = Math.max(max1, magnitudeBits(values[i + 1]));
                max2 = Math.max(max2, magnitudeBits(values[i + 2]));
                max3 = Math.max(max3, magnitudeBits(values[i + 3]));
            }
            for (; i < end; i++) {
                max0 = Math.max(max0, magnitudeBits(values[i]));
            }
        }
        long max = Math.max(Math.max(max0, max1), Math.max(max2, max3));
        return max > INFINITY_BITS ? Double.NaN : Double.longBitsToDouble(max);
    }

    private static long magnitudeBits(double value) {
        return Double.doubleToRawLongBits(value) & ABS_MASK;
    }

    /**
     * Multiplies a group by its scale, rounds it to the format (saturating) and divides it back, in three passes over
     * each row of the group, so that the multiply and the divide run as vector loops; counts the overflows only when
     * {@code mayOverflow}.
     */
    private long cast(double[] values, int columns, int r0, int r1, int c0, int c1, double scale,
                      boolean mayOverflow, double[] out) {
        long overflows = 0;
        for (int r = r0; r < r1; r++) {
            int from = r * columns + c0;
            int to = r * columns + c1;
            for (int i = from; i < to; i++) {
                out[i] = values[i] * scale;
            }
            if (mayOverflow) {
                // saturating gives ±max exactly where an IEEE-style cast would give NaN or infinity
                for (int i = from; i < to; i++) {
                    overflows += Math.abs(out[i]) >= smallestOverflow ? 1 : 0;
                }
            }
            format.roundSaturatingInPlace(out, from, to);
            for (int i = from; i < to; i++) {
                out[i] = out[i] / scale;
            }
        }
        return overflows;
    }

    private static void requireShape(double[] values, int rows, int columns, double[] out) {
        if (rows < 1 || columns < 1 || (long) rows * columns != values.length || out.length != values.length) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "shape %d × %d does not match %d values and %d outputs", rows, columns, values.length,
                    out.length));
        }
    }
}
