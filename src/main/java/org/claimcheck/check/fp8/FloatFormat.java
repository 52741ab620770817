package org.claimcheck.check.fp8;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimcheck.check.Named;
import org.claimcheck.check.StorageFormat;

/**
 * The binary floating-point formats of the lab, bit-exact: OCP FP8 E4M3 (the "FN" variant: no infinity, NaN only at
 * S.1111.111), OCP FP8 E5M2 (IEEE-like, with infinities), bfloat16, IEEE binary16 and binary32, and OCP MX FP4 E2M1
 * (no infinity, no NaN).
 *
 * <p>A code is the format's bit pattern as an int: in [0, 2^bits) for the narrow formats, the raw bits (negative
 * for negative values) for FP32. Encoding rounds to nearest, ties to even, with subnormals and signed zero, and
 * propagates NaN (keeping its sign). The arithmetic encoder works on the bits of the double with integer arithmetic
 * and one exact double addition for subnormals ({@link RoundToNearestEven}, called with each format's fields as
 * constants); E4M3, E5M2 and E2M1 encode through a {@link CodeTable} built from it. Decoding of the formats of at
 * most 8 bits reads a table built from the format's definition.
 *
 * @see <a href="https://arxiv.org/abs/2209.05433">FP8F: Micikevicius et al., FP8 Formats for Deep Learning,
 *     Table 1</a>, the OCP 8-bit Floating Point Specification (OFP8) rev. 1.0 and the OCP Microscaling Formats (MX)
 *     Specification v1.0, §5.3.3 Table 5 (E2M1)
 */
enum FloatFormat implements Named {
    /** 1 sign, 4 exponent (bias 7), 3 mantissa bits; max 448; no infinity; NaN = S.1111.111 (FP8F Table 1). */
    E4M3(Optional.of(StorageFormat.FP8), 4, 3, 7, true, false, 0x7E) {
        @Override
        int encodeByArithmetic(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, overflow, 4, 3, 7, 0x7E, 0x7F, 0x7F);
        }

        @Override
        public int encode(double value, Overflow overflow) {
            byte[] codes = overflow == Overflow.SATURATE ? CodeTable.E4m3Saturate.CODES : CodeTable.E4m3Nan.CODES;
            return codes[CodeTable.index(value)] & 0xFF;
        }

        @Override
        void roundSaturatingInPlace(double[] values, int from, int to) {
            // the tables are constants here, so the look-ups need no bounds check (see CodeTable.index)
            for (int i = from; i < to; i++) {
                values[i] = CodeTable.E4m3Saturate.VALUES[CodeTable.E4m3Saturate.CODES[CodeTable.index(values[i])]
                        & 0xFF];
            }
        }
    },
    /** 1 sign, 5 exponent (bias 15), 2 mantissa bits; max 57,344; ±infinity; NaN = S.11111.{01,10,11}. */
    E5M2(Optional.of(StorageFormat.FP8), 5, 2, 15, true, true, 0x7B) {
        @Override
        int encodeByArithmetic(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, overflow, 5, 2, 15, 0x7B, 0x7C, 0x7E);
        }

        @Override
        public int encode(double value, Overflow overflow) {
            byte[] codes = overflow == Overflow.SATURATE ? CodeTable.E5m2Saturate.CODES : CodeTable.E5m2Nan.CODES;
            return codes[CodeTable.index(value)] & 0xFF;
        }

        @Override
        void roundSaturatingInPlace(double[] values, int from, int to) {
            for (int i = from; i < to; i++) {
                values[i] = CodeTable.E5m2Saturate.VALUES[CodeTable.E5m2Saturate.CODES[CodeTable.index(values[i])]
                        & 0xFF];
            }
        }
    },
    /** bfloat16: the upper half of an IEEE binary32, 8 exponent (bias 127) and 7 mantissa bits. */
    BF16(Optional.of(StorageFormat.BF16), 8, 7, 127, true, true, 0x7F7F) {
        @Override
        int encodeByArithmetic(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, overflow, 8, 7, 127, 0x7F7F, 0x7F80, 0x7FC0);
        }
    },
    /** IEEE 754 binary16: 5 exponent (bias 15) and 10 mantissa bits. */
    FP16(Optional.of(StorageFormat.FP16), 5, 10, 15, true, true, 0x7BFF) {
        @Override
        int encodeByArithmetic(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, overflow, 5, 10, 15, 0x7BFF, 0x7C00, 0x7E00);
        }
    },
    /** IEEE 754 binary32: 8 exponent (bias 127) and 23 mantissa bits; its codes are Java's float bits. */
    FP32(Optional.of(StorageFormat.FP32), 8, 23, 127, true, true, 0x7F7F_FFFF) {
        @Override
        int encodeByArithmetic(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, overflow, 8, 23, 127, 0x7F7F_FFFF, 0x7F80_0000, 0x7FC0_0000);
        }
    },
    /**
     * OCP MX FP4: 1 sign, 2 exponent (bias 1), 1 mantissa bit; values ±{0, 0.5, 1, 1.5, 2, 3, 4, 6}; no infinity and
     * no NaN, so beyond ±6 saturates in both overflow modes (MX §6.3 clamps to the max normal, keeping the sign) and
     * NaN cannot be encoded. Stored in no {@link StorageFormat} of its own: as MXFP4 it is 4 bits plus a shared
     * 8-bit scale per 32 elements ({@link Mxfp4}).
     */
    E2M1(Optional.empty(), 2, 1, 1, false, false, 0x7) {
        @Override
        int encodeByArithmetic(double value, Overflow overflow) {
            return RoundToNearestEven.encode(value, Overflow.SATURATE, 2, 1, 1, 0x7, 0x7, NO_NAN);
        }

        /** @throws IllegalArgumentException for NaN, which E2M1 cannot represent */
        @Override
        public int encode(double value, Overflow overflow) {
            int code = CodeTable.E2m1.CODES[CodeTable.index(value)];
            if ((code & NO_NAN) != 0) {
                throw new IllegalArgumentException("E2M1 has no NaN");
            }
            return code;
        }
    };

    /** The code E2M1's arithmetic encoder gives NaN (with its sign bit): outside its 4 bits, so never returned. */
    private static final int NO_NAN = 0x10;

    private final Optional<StorageFormat> storage;
    private final int exponentBits;
    private final int mantissaBits;
    private final int bias;
    private final boolean hasNaN;
    private final boolean hasInfinity;
    private final int maxCode;
    private final int signBit;
    private final float[] decodeTable;

    FloatFormat(Optional<StorageFormat> storage, int exponentBits, int mantissaBits, int bias, boolean hasNaN,
                boolean hasInfinity, int maxCode) {
        this.storage = storage;
        this.exponentBits = exponentBits;
        this.mantissaBits = mantissaBits;
        this.bias = bias;
        this.hasNaN = hasNaN;
        this.hasInfinity = hasInfinity;
        this.maxCode = maxCode;
        this.signBit = 1 << (exponentBits + mantissaBits);
        this.decodeTable = bits() <= Byte.SIZE ? table() : new float[0];
    }

    /** The name claims and the command line use: {@code E4M3}, {@code E5M2}, {@code BF16}, {@code FP16} … */
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

    /** Total bits: 1 + exponent + mantissa (4, 8, 16 or 32). */
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

    /** Whether some code is NaN: all but E2M1. */
    public boolean hasNaN() {
        return hasNaN;
    }

    /**
     * The storage format its codes are kept in, {@link #bits()} wide: FP8 for E4M3 and E5M2, BF16, FP16, FP32;
     * empty for E2M1, which has no 4-bit storage format of its own.
     */
    public Optional<StorageFormat> storage() {
        return storage;
    }

    /** Storage per element in bytes, bits / 8: 0.5 for E2M1, 1 for FP8, 2 for BF16 and FP16, 4 for FP32. */
    public double bytesPerElement() {
        return bits() / (double) Byte.SIZE;
    }

    /** Largest finite value: 448 (E4M3), 57,344 (E5M2), about 3.39e38 (BF16, FP32), 65,504 (FP16), 6 (E2M1). */
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
     * The smallest magnitude that rounds beyond the largest finite value: the midpoint between max and
     * max + ulp(max) when ties there go up (max's code is odd), else the double just above that midpoint.
     *
     * @return &gt; {@link #maxFinite()}: 464⁺ (E4M3), 61,440 (E5M2), 65,520 (FP16), 7 (E2M1)
     */
    public double smallestOverflow() {
        double max = maxFinite();
        double midpoint = max + Math.scalb(1.0, Math.getExponent(max) - mantissaBits - 1);
        return (maxCode & 1) == 1 ? midpoint : Math.nextUp(midpoint);
    }

    /**
     * The code of the value nearest to {@code value}, ties to even.
     *
     * <p>Beyond the largest finite value (the midpoint above it rounding by ties-to-even): {@link Overflow#SATURATE}
     * gives ±max, infinities included; {@link Overflow#NAN} gives NaN for E4M3, ±infinity for E5M2, BF16, FP16 and
     * FP32, and ±max for E2M1, which has neither. NaN in gives the format's quiet NaN with the input's sign.
     *
     * @param value    any double, NaN and infinities included (not NaN for E2M1)
     * @param overflow what a value beyond the largest finite value becomes
     * @return the code: in [0, 2^bits), or FP32's raw float bits
     * @throws IllegalArgumentException when the value is NaN and the format has no NaN (E2M1)
     */
    public int encode(double value, Overflow overflow) {
        return encodeByArithmetic(value, overflow);
    }

    /** {@link #encode(double, Overflow)} by arithmetic on the double's bits, without a table. */
    abstract int encodeByArithmetic(double value, Overflow overflow);

    /**
     * The value of a code, exactly (every value of these formats is a float).
     *
     * @param code in [0, 2^bits), any int for FP32
     * @throws IllegalArgumentException when the code is out of range
     */
    public float decode(int code) {
        if (bits() < Integer.SIZE && (code < 0 || code >= 1 << bits())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s code out of range: %d", this, code));
        }
        if (decodeTable.length > 0) {
            return decodeTable[code];
        }
        return bits() == Integer.SIZE ? Float.intBitsToFloat(code) : fromFields(code);
    }

    /** The value nearest to {@code value} in this format: {@code decode(encode(value, overflow))}. */
    public double round(double value, Overflow overflow) {
        return decode(encode(value, overflow));
    }

    /**
     * Replaces each of {@code values[from, to)} by {@link #round(double, Overflow) round(value, SATURATE)}, the
     * nearest value of this format with ±max beyond the largest finite value: the quantizer's cast. E4M3 and E5M2
     * read their code and value tables directly, one look-up each per value.
     *
     * @param from first index, ≥ 0
     * @param to   one past the last index, ≤ values.length
     * @throws IllegalArgumentException for a NaN in E2M1, which has no NaN
     */
    void roundSaturatingInPlace(double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            values[i] = decode(encode(values[i], Overflow.SATURATE));
        }
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
        int mantissaMask = (1 << mantissaBits) - 1;
        int exponent = (code >>> mantissaBits) & exponentMask;
        int mantissa = code & mantissaMask;
        float sign = (code & signBit) != 0 ? -1f : 1f;
        if (exponent == exponentMask && hasInfinity) {
            return mantissa == 0 ? sign * Float.POSITIVE_INFINITY : Float.NaN;
        }
        if (exponent == exponentMask && hasNaN && mantissa == mantissaMask) {
            return Float.NaN;
        }
        if (exponent == 0) {
            return sign * Math.scalb((float) mantissa, 1 - bias - mantissaBits);
        }
        return sign * Math.scalb((float) (mantissa | (1 << mantissaBits)), exponent - bias - mantissaBits);
    }
}
