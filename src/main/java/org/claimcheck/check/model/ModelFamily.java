package org.claimcheck.check.model;

import org.claimcheck.check.Named;

/**
 * The {@code model_type} values of Hugging Face configs that the calculator reads, each with the rules of its
 * modelling code and the defaults of its config class ({@link FamilyRules}). A new family is one more constant here.
 */
enum ModelFamily implements Named {
    /** LlamaConfig: attention and MLP biases optional. */
    LLAMA("llama", FamilyRules.groupedQuery().withAttentionBias("default false in LlamaConfig")
            .withMlpBias("default false in LlamaConfig")),
    /** MistralConfig: no biases; a sliding window. */
    MISTRAL("mistral", FamilyRules.groupedQuery().withSlidingWindow()),
    /** MixtralConfig: Mistral with {@code num_local_experts} in every layer. */
    MIXTRAL("mixtral", FamilyRules.groupedQuery().withSlidingWindow().withExperts(FamilyRules.Experts.LOCAL)),
    /** DeepseekV2Config: latent attention, greedy routing by default, no default expert groups. */
    DEEPSEEK_V2("deepseek_v2", FamilyRules.latent().withAttentionBias(FamilyRules.DEEPSEEK_BIAS)),
    /**
     * DeepseekV3Config: V2's layers with the auxiliary-loss-free router ({@code noaux_tc}, 8 groups of which 4 are
     * kept, by default) and multi-token-prediction modules.
     */
    DEEPSEEK_V3("deepseek_v3", FamilyRules.latent().withAttentionBias(FamilyRules.DEEPSEEK_BIAS)
            .withRouter("noaux_tc", 8, 4).withMtpLayers());

    private final String modelType;
    private final FamilyRules rules;

    ModelFamily(String modelType, FamilyRules rules) {
        this.modelType = modelType;
        this.rules = rules;
    }

    /** The {@code model_type} string of the config. */
    @Override
    public String id() {
        return modelType;
    }

    /** What the family's code builds from a config, and its config class's defaults. */
    FamilyRules rules() {
        return rules;
    }
}
