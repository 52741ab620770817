package org.claimcheck.check.model;

import java.util.List;
import org.claimcheck.check.Named;
import org.claimcheck.check.StorageFormat;
import org.claimcheck.claim.Source;

/**
 * Precision recipes for the per-parameter training state an optimizer keeps: FP32 master weights, weight gradients
 * and the two AdamW moments. Each component's format is sourced from DeepSeek-V3's report, which states the FP8
 * recipe against the FP32 baseline it departs from. Activations and any low-precision working copy of the weights
 * are not counted (R does not state that one is kept).
 */
public enum TrainingRecipe implements Named {
    /** BF16 mixed precision with FP32 master weights, gradients and AdamW moments: 4 + 4 + 4 + 4 = 16 bytes. */
    BF16_MIXED("bf16-mixed", List.of(
            new Component("master weights", StorageFormat.FP32,
                    new Source("R", "§3.3.3 p.18: master weights retained in FP32")),
            new Component("weight gradients", StorageFormat.FP32,
                    new Source("R", "§3.3.3 p.18: gradients for batch accumulation retained in FP32")),
            new Component("AdamW first moment", StorageFormat.FP32,
                    new Source("R", "§3.3.3 p.18: BF16 adopted for the moments 'instead of FP32'")),
            new Component("AdamW second moment", StorageFormat.FP32,
                    new Source("R", "§3.3.3 p.18: BF16 adopted for the moments 'instead of FP32'")))),
    /** DeepSeek-V3's FP8 recipe: FP32 master weights and gradients, BF16 moments: 4 + 4 + 2 + 2 = 12 bytes. */
    DEEPSEEK_V3_FP8("deepseek-v3-fp8", List.of(
            new Component("master weights", StorageFormat.FP32,
                    new Source("R", "§3.3.1 p.15 (kept in higher precision); §3.3.3 p.18: FP32")),
            new Component("weight gradients", StorageFormat.FP32,
                    new Source("R", "§3.3.1 p.15 (kept in higher precision); §3.3.3 p.18: FP32")),
            new Component("AdamW first moment", StorageFormat.BF16,
                    new Source("R", "§3.3.3 p.18: moments tracked in BF16")),
            new Component("AdamW second moment", StorageFormat.BF16,
                    new Source("R", "§3.3.3 p.18: moments tracked in BF16"))));

    /** One per-parameter tensor of the training state and the format it is kept in. */
    public record Component(String name, StorageFormat format, Source source) {
    }

    private final String spelling;
    private final List<Component> components;

    TrainingRecipe(String spelling, List<Component> components) {
        this.spelling = spelling;
        this.components = components;
    }

    @Override
    public String id() {
        return spelling;
    }

    public List<Component> components() {
        return components;
    }

    /**
     * Bytes of training state per parameter: the sum of the components' widths.
     *
     * @return bytes per parameter, 16 for bf16-mixed and 12 for deepseek-v3-fp8
     * @see <a href="https://arxiv.org/abs/2412.19437">R, §3.3.3 p.18</a>
     */
    public long bytesPerParam() {
        return components.stream().mapToLong(component -> component.format().bytes()).sum();
    }
}
