package org.claimcheck.check.cost;

import org.claimcheck.check.Named;

/**
 * The stages of a training run as budgets state them (R Table 1, p.5 lists DeepSeek-V3's); a model's facts name a
 * stage's figures {@code STAGE-gpu-hours} and {@code STAGE-cost}.
 */
enum TrainingStage implements Named {
    PRE_TRAINING("pre-training"),
    CONTEXT_EXTENSION("context-extension"),
    POST_TRAINING("post-training"),
    TOTAL("total");

    private final String id;

    TrainingStage(String id) {
        this.id = id;
    }

    /** The spelling claims use. */
    @Override
    public String id() {
        return id;
    }

    /** The fact of this stage's GPU-hours in a model's namespace: {@code pre-training-gpu-hours}. */
    String gpuHours() {
        return id + "-gpu-hours";
    }

    /** The fact of this stage's dollar cost in a model's namespace: {@code total-cost}. */
    String cost() {
        return id + "-cost";
    }
}
