package org.claimcheck.check.fp8;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimcheck.check.Named;
import org.claimcheck.check.StorageFormat;

/**
 * The low-precision binary floating-point formats of the lab, bit-exact: OCP FP8 E4M3 (the "FN" variant: no
 * infinity, NaN only at S.1111.111), OCP FP8 E5M2 (IEEE-like, with infinities), bfloat16 and IEEE binary16.
 *
 * <p>A code is the format's bit pattern as an unsigned int in [0, 2^bits). Encoding rounds to nearest, ties to
 * even, with subnormals and signed zero, and propagates NaN (keeping its sign). It works on the bits of the double
 * with integer arithmetic and one exact double addition for subnormals ({@link RoundToNearestEven}, called with each
 * format's fields as constants): no allocation, no table. Decoding of the
 * 8-bit formats reads a 256-entry table built from the format's definition.
 *
 * @see <a href="https://arxiv.org/abs/2209.05433">FP8F: Micikevicius et al., FP8 Formats for Deep Learning,
 *     Table 1</a> and the OCP 8-bit Floating Point Specification (OFP8) rev. 1.0
 */
public enum FloatFormat implements Named {
    /** 1 sign, 4 exponent (bias 7), 3 mantissa bits; max 448; no infinity; NaN = S.1111.111 (FP8F Table 1). */
    E4M3(StorageFormat.FP8, 4, 3, 7, false, 0x7E) {
        @Override
        public int encode(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, overflow, 4, 3, 7, 0x7E, 0x7F, 0x7F);
        }
    },
    /** 1 sign, 5 exponent (bias 15), 2 mantissa bits; max 57,344; ±infinity; NaN = S.11111.{01,10,11}. */
    E5M2(StorageFormat.FP8, 5, 2, 15, true, 0x7B) {
        @Override
        public int encode(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, overflow, 5, 2, 15, 0x7B, 0x7C, 0x7E);
        }
    },
    /** bfloat16: the upper half of an IEEE binary32, 8 exponent (bias 127) and 7 mantissa bits. */
    BF16(StorageFormat.BF16, 8, 7, 127, true, 0x7F7F) {
        @Override
        public int encode(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, overflow, 8, 7, 127, 0x7F7F, 0x7F80, 0x7FC0);
        }
    },
    /** IEEE 754 binary16: 5 exponent (bias 15) and 10 mantissa bits. */
    FP16(StorageFormat.FP16, 5, 10, 15, true, 0x7BFF) {
        @Override
        public int encode(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, overflow, 5, 10, 15, 0x7BFF, 0x7C00, 0x7E00);
        }
    };

    private final StorageFormat storage;
    private final int exponentBits;
    private final int mantissaBits;
    private final int bias;
    private final boolean hasInfinity;
    private final int maxCode;
    private final int signBit;
    private final float[] decodeTable;

    FloatFormat(StorageFormat storage, int exponentBits, int mantissaBits, int bias, boolean hasInfinity, int maxCode) {
        this.storage = storage;
        this.exponentBits = exponentBits;
        this.mantissaBits = mantissaBits;
        this.bias = bias;
        this.hasInfinity = hasInfinity;
        this.maxCode = maxCode;
        this.signBit = 1 << (exponentBits + mantissaBits);
        this.decodeTable = bits() == Byte.SIZE ? table() : new float[0];
    }

    /** The name claims and the command line use: {@code E4M3}, {@code E5M2}, {@code BF16}, {@code FP16}. */
    @Override
    public String id() {
        return name();
    }

    /** The format named so, ignoring case ("e4m3", "BF16"), for the command line. */
    public static Optional<FloatFormat> byName(String name) {
        return Named.byId(FloatFormat.class, name);
    }

    /** The names, for messages that list the allowed values. */
    public static List<String> names() {
        return Named.ids(FloatFormat.class);
    }

    /** Total bits: 1 + exponent + mantissa (8 or 16). */
    public int bits() {
        return 1 + exponentBits + mantissaBits;
    }

    public int exponentBits() {
        return exponentBits;
    }

    public int mantissaBits() {
        return mantissaBits;
    }

    public int bias() {
        return bias;
    }

    public boolean hasInfinity() {
        return hasInfinity;
    }

    /** The storage format its codes are kept in: FP8 for E4M3 and E5M2, BF16, FP16; {@link #bits()} wide. */
    public StorageFormat storage() {
        return storage;
    }

    /** Storage per element in bytes: 1 for FP8, 2 for BF16 and FP16. */
    public double bytesPerElement() {
        return storage.bytes();
    }

    /** Largest finite value: 448 (E4M3), 57,344 (E5M2), about 3.39e38 (BF16), 65,504 (FP16). */
    public double maxFinite() {
        return decode(maxCode);
    }

    /** Smallest positive normal value, 2^(1 − bias). */
    public double minNormal() {
        return Math.scalb(1.0, 1 - bias);
    }

    /** Smallest positive subnormal value, 2^(1 − bias − mantissaBits). */
    public double minSubnormal() {
        return Math.scalb(1.0, 1 - bias - mantissaBits);
    }

    /**
     * The code of the value nearest to {@code value}, ties to even.
     *
     * <p>Beyond the largest finite value (the midpoint above it rounding by ties-to-even): {@link Overflow#SATURATE}
     * gives ±max, infinities included; {@link Overflow#NAN} gives NaN for E4M3 and ±infinity for the others. NaN in
     * gives the format's quiet NaN with the input's sign.
     *
     * @param value    any double, NaN and infinities included
     * @param overflow what a value beyond the largest finite value becomes
     * @return the code, in [0, 2^bits)
     */
    public abstract int encode(double value, Overflow overflow);

    /**
     * The value of a code, exactly (every value of these formats is a float).
     *
     * @param code in [0, 2^bits)
     * @throws IllegalArgumentException when the code is out of range
     */
    public float decode(int code) {
        if (code < 0 || code >= 1 << bits()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s code out of range: %d", this, code));
        }
        return decodeTable.length > 0 ? decodeTable[code] : fromFields(code);
    }

    /** The value nearest to {@code value} in this format: {@code decode(encode(value, overflow))}. */
    public double round(double value, Overflow overflow) {
        return decode(encode(value, overflow));
    }

    private float[] table() {
        float[] values = new float[1 << bits()];
        for (int code = 0; code < values.length; code++) {
            values[code] = fromFields(code);
        }
        return values;
    }

    private float fromFields(int code) {
        int exponentMask = (1 << exponentBits) - 1;
        int exponent = (code >>> mantissaBits) & exponentMask;
        int mantissa = code & ((1 << mantissaBits) - 1);
        float sign = (code & signBit) != 0 ? -1f : 1f;
        if (exponent == exponentMask && (hasInfinity || mantissa == (1 << mantissaBits) - 1)) {
            return hasInfinity && mantissa == 0 ? sign * Float.POSITIVE_INFINITY : Float.NaN;
        }
        if (exponent == 0) {
            return sign * Math.scalb((float) mantissa, 1 - bias - mantissaBits);
        }
        return sign * Math.scalb((float) (mantissa | (1 << mantissaBits)), exponent - bias - mantissaBits);
    }
}
