package org.claimcheck.check.fp8;

import org.claimcheck.claim.Source;

/** Where the FP8 lab's figures come from (document keys of FACTS.md; IEEE754, BF16 and MX are added here). */
final class Fp8Sources {

    static final Source FP8F_TABLE_1 = new Source("FP8F", "arXiv 2209.05433, Table 1");
    static final Source IEEE_BINARY16 = new Source("IEEE754", "IEEE 754-2019 §3.6, binary16");
    static final Source IEEE_BINARY32 = new Source("IEEE754", "IEEE 754-2019 §3.6, binary32");
    static final Source MX_E2M1 = new Source("MX", "OCP Microscaling Formats (MX) v1.0, §5.3.3 Table 5 (FP4 E2M1)");
    static final Source MX_E8M0 = new Source("MX", "OCP Microscaling Formats (MX) v1.0, §5.4.1 Table 7 (E8M0 scale)");
    static final Source MX_BLOCK = new Source("MX", "OCP Microscaling Formats (MX) v1.0, §5.2 Table 1 (MXFP4: "
            + "E2M1 elements, block of 32, E8M0 scale) and §6.3 (conversion)");
    static final Source BFLOAT16 = new Source("BF16", "bfloat16: the upper 16 bits of IEEE binary32 "
            + "(8 exponent bits, bias 127, 7 mantissa bits)");
    static final Source R_TILES = new Source("R", "§3.3.2 p.16 (1x128 tiles, 128x128 blocks)");
    static final Source R_ACCUMULATOR_BITS = new Source("R", "§3.3.2 p.17 (about 14 bits); §3.5.2 p.20–21 "
            + "(fixed-point alignment to the largest exponent, bits beyond the highest 14 truncated)");
    static final Source R_PROMOTION_INTERVAL = new Source("R", "§3.3.2 p.16–17, Fig. 7b (N_C = 128 = 4 WGMMAs)");
    static final Source R_MAX_RELATIVE_ERROR = new Source("R", "§3.3.2 p.17 (K = 4096: nearly 2%)");
    static final Source R_SCALE_STORAGE = new Source("RM", "README_WEIGHTS.md: weight_scale_inv, one FP32 scale "
            + "per 128x128 block");
    static final Source R_CLIP_NORM = new Source("R", "§4.2 p.23");
    static final Source V2_CLIP_NORM = new Source("V2", "§3.1.2 p.12");
    static final Source R_TOTAL_PARAMETERS = new Source("R", "abstract p.1; §4.2 p.22 (671B total parameters)");

    private Fp8Sources() {
    }

    /** The source of a format's definition. */
    static Source definition(FloatFormat format) {
        return switch (format) {
            case E4M3, E5M2 -> FP8F_TABLE_1;
            case FP16 -> IEEE_BINARY16;
            case FP32 -> IEEE_BINARY32;
            case E2M1 -> MX_E2M1;
            case BF16 -> BFLOAT16;
        };
    }
}
