package org.claimcheck.check.fp8;

import java.util.ArrayList;
import java.util.List;

/**
 * The test's own reading of each format's definition (FP8F Table 1, OCP OFP8 rev. 1.0, IEEE 754 binary16, bfloat16,
 * OCP MX v1.0 §5.3.3 Table 5 for E2M1; binary32 has its own reference, Java's double-to-float cast),
 * written from the field layout with Math.pow and without the production codec: the value of a code, and round to
 * nearest (ties to the even code) by search over the sorted finite values.
 */
final class FormatDefinition {

    private final int exponentBits;
    private final int mantissaBits;
    private final int bias;
    private final Specials specials;

    /** What the all-ones exponent holds. */
    enum Specials {
        /** ±infinity (mantissa 0) and NaN (any other mantissa), as IEEE 754. */
        IEEE,
        /** only NaN, at the all-ones mantissa (E4M3, FP8F Table 1). */
        NAN_ONLY,
        /** ordinary values: no infinity, no NaN (E2M1, MX Table 5). */
        NONE
    }

    private FormatDefinition(int exponentBits, int mantissaBits, int bias, Specials specials) {
        this.exponentBits = exponentBits;
        this.mantissaBits = mantissaBits;
        this.bias = bias;
        this.specials = specials;
    }

    static FormatDefinition of(FloatFormat format) {
        return switch (format) {
            case E4M3 -> new FormatDefinition(4, 3, 7, Specials.NAN_ONLY);
            case E5M2 -> new FormatDefinition(5, 2, 15, Specials.IEEE);
            case BF16 -> new FormatDefinition(8, 7, 127, Specials.IEEE);
            case FP16 -> new FormatDefinition(5, 10, 15, Specials.IEEE);
            case E2M1 -> new FormatDefinition(2, 1, 1, Specials.NONE);
            case FP32 -> throw new IllegalArgumentException("FP32 has 2^32 codes: test it against the float cast");
        };
    }

    int codes() {
        return 1 << (1 + exponentBits + mantissaBits);
    }

    int signBit() {
        return 1 << (exponentBits + mantissaBits);
    }

    /**
     * (−1)^s · 2^(e − bias) · (1 + m / 2^M) for 0 &lt; e, (−1)^s · 2^(1 − bias) · m / 2^M for e = 0; the all-ones
     * exponent is ±∞ (m = 0) or NaN in IEEE-like formats, and in E4M3 only S.1111.111 is NaN.
     */
    double value(int code) {
        int allOnes = (1 << exponentBits) - 1;
        int e = (code >> mantissaBits) & allOnes;
        int m = code & ((1 << mantissaBits) - 1);
        double sign = (code & signBit()) == 0 ? 1 : -1;
        double fraction = m / Math.pow(2, mantissaBits);
        if (e == allOnes && specials == Specials.IEEE) {
            return m == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        if (e == allOnes && specials == Specials.NAN_ONLY && m == (1 << mantissaBits) - 1) {
            return Double.NaN;
        }
        return e == 0 ? sign * Math.pow(2, 1 - bias) * fraction : sign * Math.pow(2, e - bias) * (1 + fraction);
    }

    /** Non-negative finite codes in ascending order of value (for these formats: ascending code order). */
    List<Integer> positiveFiniteCodes() {
        List<Integer> codes = new ArrayList<>();
        for (int code = 0; code < signBit(); code++) {
            if (Double.isFinite(value(code))) {
                codes.add(code);
            }
        }
        return codes;
    }

    /**
     * The code nearest to a finite x (ties to the code with an even last bit), by binary search over the values, or
     * −1 when |x| is at or beyond the midpoint above the largest value (ties there go to the even neighbour too).
     */
    int nearest(double x, List<Integer> ascending) {
        double magnitude = Math.abs(x);
        int sign = Double.doubleToRawLongBits(x) < 0 ? signBit() : 0;
        int low = 0;
        int high = ascending.size() - 1;
        double max = value(ascending.get(high));
        if (magnitude >= max) {
            double next = max + Math.pow(2, Math.getExponent(max) - mantissaBits);
            double midpoint = (max + next) / 2;
            int maxCode = ascending.get(high);
            boolean beyond = magnitude > midpoint || (magnitude == midpoint && (maxCode & 1) == 1);
            return beyond ? -1 : sign | maxCode;
        }
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (value(ascending.get(middle)) <= magnitude) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double below = value(ascending.get(low));
        double above = value(ascending.get(high));
        double toBelow = magnitude - below;
        double toAbove = above - magnitude;
        int chosen = toBelow < toAbove || (toBelow == toAbove && (ascending.get(low) & 1) == 0)
                ? ascending.get(low) : ascending.get(high);
        return sign | chosen;
    }
}
