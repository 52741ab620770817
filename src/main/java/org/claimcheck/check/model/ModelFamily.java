package org.claimcheck.check.model;

import org.claimcheck.check.Named;

/**
 * The {@code model_type} values of Hugging Face configs that the calculator reads, with what each family's modelling
 * code builds from its config.
 */
public enum ModelFamily implements Named {
    LLAMA("llama"),
    MISTRAL("mistral"),
    MIXTRAL("mixtral"),
    DEEPSEEK_V2("deepseek_v2"),
    DEEPSEEK_V3("deepseek_v3");

    private final String modelType;

    ModelFamily(String modelType) {
        this.modelType = modelType;
    }

    /** The {@code model_type} string of the config. */
    @Override
    public String id() {
        return modelType;
    }

    /** Whether the family uses multi-head latent attention (DeepSeek-V2 and -V3). */
    public boolean latentAttention() {
        return this == DEEPSEEK_V2 || this == DEEPSEEK_V3;
    }

    /** Whether the family's config may set {@code attention_bias} (Mistral and Mixtral code has no biases). */
    public boolean honoursAttentionBias() {
        return this == LLAMA || latentAttention();
    }
}
