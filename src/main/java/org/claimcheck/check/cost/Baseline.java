package org.claimcheck.check.cost;

import java.util.Set;
import org.claimcheck.check.Named;

/**
 * A system a cost or compute claim may compare DeepSeek-V3 with, and the bases on which its sources allow the
 * comparison: whole-run GPU-hours, dollars, GPU-hours per trillion tokens, or training FLOPs per token.
 */
public enum Baseline implements Named {
    LLAMA_3_1_8B("llama-3.1-8b", Set.of(Basis.GPU_HOURS, Basis.USD)),
    LLAMA_3_1_70B("llama-3.1-70b", Set.of(Basis.GPU_HOURS, Basis.USD)),
    LLAMA_3_1_405B("llama-3.1-405b", Set.of(Basis.GPU_HOURS, Basis.USD, Basis.FLOPS_PER_TOKEN)),
    LLAMA_3_8B("llama-3-8b", Set.of(Basis.GPU_HOURS, Basis.USD)),
    LLAMA_3_70B("llama-3-70b", Set.of(Basis.GPU_HOURS, Basis.USD)),
    GPT_4_REPORTED("gpt-4-reported", Set.of(Basis.USD)),
    DEEPSEEK_67B("deepseek-67b", Set.of(Basis.GPU_HOURS_PER_TRILLION)),
    DEEPSEEK_V2("deepseek-v2", Set.of(Basis.GPU_HOURS_PER_TRILLION)),
    QWEN_72B("qwen-72b", Set.of(Basis.FLOPS_PER_TOKEN)),
    DENSE_SAME_SIZE("dense-same-size", Set.of(Basis.FLOPS_PER_TOKEN));

    private final String id;
    private final Set<Basis> bases;

    Baseline(String id, Set<Basis> bases) {
        this.id = id;
        this.bases = bases;
    }

    /** The spelling claims use. */
    @Override
    public String id() {
        return id;
    }

    /** Whether the sources allow comparing on this basis. */
    public boolean allows(Basis basis) {
        return bases.contains(basis);
    }

    /** What is compared. */
    public enum Basis implements Named {
        GPU_HOURS("gpu-hours"),
        USD("usd"),
        GPU_HOURS_PER_TRILLION("gpu-hours-per-trillion"),
        FLOPS_PER_TOKEN("flops-per-token");

        private final String id;

        Basis(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }
}
