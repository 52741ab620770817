package org.claimcheck.check.model;

import org.claimcheck.check.Named;
import org.claimcheck.claim.Source;

/**
 * Number formats a tensor is stored in, with their width. FP8 block scales are not included (see R §3.3.2 p.16 for
 * their overhead).
 */
public enum StorageFormat implements Named {
    FP32(4, new Source("FP8F", "§1: IEEE single precision, 32 bits (4 bytes)")),
    BF16(2, new Source("FP8F", "abstract, §1: bfloat16, one of the 16-bit formats (2 bytes)")),
    FP16(2, new Source("FP8F", "abstract, §1: IEEE half precision, one of the 16-bit formats (2 bytes)")),
    FP8(1, new Source("FP8F", "abstract, Table 1: E4M3 and E5M2, 8 bits (1 byte)"));

    private final long bytes;
    private final Source source;

    StorageFormat(long bytes, Source source) {
        this.bytes = bytes;
        this.source = source;
    }

    /** Bytes per element, in [1, 4]. */
    public long bytes() {
        return bytes;
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
