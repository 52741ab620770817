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
    MISTRAL("mistral", FamilyRules.groupedQuery().withWindow(FamilyRules.Window.EVERY_LAYER, 0)),
    /** MixtralConfig: Mistral with {@code num_local_experts} in every layer. */
    MIXTRAL("mixtral", FamilyRules.groupedQuery().withWindow(FamilyRules.Window.EVERY_LAYER, 0)
            .withExperts(FamilyRules.Experts.LOCAL)),
    /** DeepseekV2Config: latent attention, greedy routing by default, no default expert groups. */
    DEEPSEEK_V2("deepseek_v2", FamilyRules.latent().withAttentionBias(FamilyRules.DEEPSEEK_BIAS)),
    /**
     * DeepseekV3Config: V2's layers with the auxiliary-loss-free router ({@code noaux_tc}, 8 groups of which 4 are
     * kept, by default) and multi-token-prediction modules.
     */
    DEEPSEEK_V3("deepseek_v3", FamilyRules.latent().withAttentionBias(FamilyRules.DEEPSEEK_BIAS)
            .withRouter("noaux_tc", 8, 4).withMtpLayers()),
    /** Qwen2Config (Qwen2, Qwen2.5): biases on q, k and v; a window only with {@code use_sliding_window}. */
    QWEN2("qwen2", FamilyRules.groupedQuery().withQkvBias()
            .withWindow(FamilyRules.Window.FROM_MAX_WINDOW_LAYERS, 4096)),
    /** Qwen2MoeConfig: Qwen2's attention, routed experts and one gated shared expert. */
    QWEN2_MOE("qwen2_moe", FamilyRules.groupedQuery().withQkvBias()
            .withWindow(FamilyRules.Window.FROM_MAX_WINDOW_LAYERS, 4096).withExperts(FamilyRules.Experts.QWEN_SHARED)),
    /** Qwen3Config: per-head q/k RMSNorms, {@code head_dim} 128 by default, optional attention biases. */
    QWEN3("qwen3", FamilyRules.groupedQuery().withAttentionBias("default false in Qwen3Config").withQueryKeyNorm()
            .withHeadDim(128).withWindow(FamilyRules.Window.FROM_MAX_WINDOW_LAYERS, 4096)),
    /** Qwen3MoeConfig: Qwen3's attention and routed experts without a shared one. */
    QWEN3_MOE("qwen3_moe", FamilyRules.groupedQuery().withAttentionBias("default false in Qwen3MoeConfig")
            .withQueryKeyNorm().withHeadDim(128).withWindow(FamilyRules.Window.FROM_MAX_WINDOW_LAYERS, 4096)
            .withExperts(FamilyRules.Experts.QWEN)),
    /**
     * Gemma2Config: tied embeddings, four RMSNorms per layer (before and after attention and MLP), {@code head_dim}
     * 256 by default, sliding-window layers of 4,096 tokens alternating with global ones.
     */
    GEMMA2("gemma2", FamilyRules.groupedQuery().withAttentionBias("default false in Gemma2Config")
            .withHeadDim(256).withNormsPerLayer(4).withTiedEmbeddings()
            .withWindow(FamilyRules.Window.ALTERNATE, 4096)),
    /**
     * GptOssConfig: biases on attention (default true) and on experts, a sink per head, a router bias, 128-token
     * sliding-window layers alternating with full ones, experts shipped in MXFP4.
     */
    GPT_OSS("gpt_oss", FamilyRules.groupedQuery().withAttentionBias("default true in GptOssConfig", true)
            .withAttentionSinks().withHeadDim(64).withWindow(FamilyRules.Window.ALTERNATE, 128)
            .withExperts(FamilyRules.Experts.LOCAL_WITH_BIASES).withExpertsInMxfp4());

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
