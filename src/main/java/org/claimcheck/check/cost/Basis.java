package org.claimcheck.check.cost;

import org.claimcheck.check.Named;

/**
 * What a cost comparison compares: whole-run GPU-hours, dollars, GPU-hours per trillion tokens, FLOPs per token as
 * the facts state them, or training FLOPs per token as the architecture calculator derives them from both configs.
 */
enum Basis implements Named {
    GPU_HOURS("gpu-hours"),
    USD("usd"),
    GPU_HOURS_PER_TRILLION("gpu-hours-per-trillion"),
    FLOPS_PER_TOKEN("flops-per-token"),
    CALCULATED_FLOPS_PER_TOKEN("calculated-flops-per-token");

    private final String id;

    Basis(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
