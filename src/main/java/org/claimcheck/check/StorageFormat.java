package org.claimcheck.check;

import org.claimcheck.claim.Source;

/**
 * The number formats a tensor is stored in, with their width: what the architecture calculator (KV cache, training
 * state) and the FP8 lab (data size; its bit-exact codecs are {@code check.fp8.FloatFormat}, each stored in one of
 * these) both need. FP8 stands for either 8-bit format, E4M3 or E5M2. Block scales are not included (see R §3.3.2
 * p.16 for their overhead).
 */
public enum StorageFormat implements Named {
    FP32(32, new Source("FP8F", "§1: IEEE single precision, 32 bits (4 bytes)")),
    BF16(16, new Source("FP8F", "abstract, §1: bfloat16, one of the 16-bit formats (2 bytes)")),
    FP16(16, new Source("FP8F", "abstract, §1: IEEE half precision, one of the 16-bit formats (2 bytes)")),
    FP8(8, new Source("FP8F", "abstract, Table 1: E4M3 and E5M2, 8 bits (1 byte)"));

    private final int bits;
    private final Source source;

    StorageFormat(int bits, Source source) {
        this.bits = bits;
        this.source = source;
    }

    /** Bits per element: 8, 16 or 32. */
    public int bits() {
        return bits;
    }

    /** Bytes per element, bits / 8: in [1, 4]. */
    public long bytes() {
        return bits / Byte.SIZE;
    }

    /** Where the width is stated. */
    public Source source() {
        return source;
    }

    /** The name claims and the command line use: {@code FP32}, {@code BF16}, {@code FP16}, {@code FP8}. */
    @Override
    public String id() {
        return name();
    }
}
