package org.claimcheck.check.fp8;

import org.claimcheck.check.Named;

/** How a GEMM's products are summed along the inner dimension K (experiment E2). */
enum Accumulation implements Named {
    /** Every product added to an FP32 running sum, one at a time. */
    FP32("fp32"),
    /** A fixed-point accumulator keeping about 14 bits, over the whole of K (the H800 Tensor Core, R p.17). */
    LIMITED("limited"),
    /** The limited accumulator restarted every N_C products, its partial sums added in FP32 (R p.17, Fig. 7b). */
    PROMOTED("promoted");

    private final String id;

    Accumulation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
