package org.claimcheck.check.model;

import java.util.Objects;

/**
 * What one family's modelling code builds from its {@code config.json}, and the defaults of its config class: the
 * one place a family's rules are written ({@link ModelFamily} gives each family its own). Built from
 * {@link #groupedQuery()} or {@link #latent()} with {@code with…} copies, as the Commons configuration objects are.
 *
 * @param latentAttention      true for multi-head latent attention (DeepSeek), false for grouped-query attention
 * @param attentionBias        how {@code attention_bias} defaults, in words, when the code honours it; empty when its
 *                             attention has no optional biases
 * @param attentionBiasDefault the value {@code attention_bias} takes when absent
 * @param qkvBias              whether q, k and v always carry biases and o never does (Qwen2's attention)
 * @param queryKeyNorm         whether each head's query and key pass an RMSNorm of {@code head_dim} (Qwen3)
 * @param attentionSinks       whether each query head has a learned sink logit in its softmax (gpt-oss)
 * @param headDimDefault       the config class's default {@code head_dim}; 0 for {@code hidden_size / heads}
 * @param normsPerLayer        RMSNorms of {@code hidden_size} per decoder layer: 2, or 4 with post-norms (Gemma 2)
 * @param tiedByDefault        the config class's default {@code tie_word_embeddings}
 * @param mlpBias              how {@code mlp_bias} defaults, in words, when honoured; empty when its MLP has no biases
 * @param experts              where the config states its experts
 * @param expertsInMxfp4       whether the checkpoint stores the routed experts' matrices in MXFP4
 * @param mtpLayers            whether it builds {@code num_nextn_predict_layers} multi-token-prediction modules
 * @param window               which layers attend through a sliding window
 * @param windowDefault        the config class's default {@code sliding_window} in tokens, 0 when none
 * @param topkMethod           its config class's default {@code topk_method}; empty when it has no such router
 * @param groups               its config class's default {@code n_group}, 0 when it has none
 * @param topkGroups           its config class's default {@code topk_group}, 0 when it has none
 */
record FamilyRules(boolean latentAttention, String attentionBias, boolean attentionBiasDefault, boolean qkvBias,
                   boolean queryKeyNorm, boolean attentionSinks, long headDimDefault, long normsPerLayer,
                   boolean tiedByDefault, String mlpBias, Experts experts, boolean expertsInMxfp4, boolean mtpLayers,
                   Window window, long windowDefault, String topkMethod, long groups, long topkGroups) {

    /** Where a family's config states its experts. */
    enum Experts {
        /** None: every layer has a dense MLP. */
        NONE,
        /** Mixtral's {@code num_local_experts}, all routed, in every layer. */
        LOCAL,
        /** gpt-oss's {@code num_local_experts} of width {@code intermediate_size}, with biases and a router bias. */
        LOCAL_WITH_BIASES,
        /** DeepSeek's {@code n_routed_experts} and {@code n_shared_experts}, in the layers the config places them. */
        ROUTED_AND_SHARED,
        /** Qwen3-MoE's {@code num_experts}, placed by {@code decoder_sparse_step} and {@code mlp_only_layers}. */
        QWEN,
        /** Qwen2-MoE's: as {@link #QWEN}, plus one shared expert of its own width behind a sigmoid gate. */
        QWEN_SHARED
    }

    /** Which layers attend through a sliding window of {@code sliding_window} tokens. */
    enum Window {
        /** None: every layer sees the whole context. */
        NONE,
        /** Every layer, when the config states a {@code sliding_window} (Mistral, Mixtral). */
        EVERY_LAYER,
        /** The layers {@code layer_types} names {@code sliding_attention}; by default the even-numbered ones. */
        ALTERNATE,
        /** With {@code use_sliding_window} true, the layers from {@code max_window_layers} on (Qwen2, Qwen3). */
        FROM_MAX_WINDOW_LAYERS
    }

    /** How the DeepSeek config classes default {@code attention_bias}. */
    static final String DEEPSEEK_BIAS = "default false in the DeepSeek config classes";

    FamilyRules {
        Objects.requireNonNull(attentionBias, "attentionBias");
        Objects.requireNonNull(mlpBias, "mlpBias");
        Objects.requireNonNull(experts, "experts");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(topkMethod, "topkMethod");
        if (!(groups >= 0 && topkGroups >= 0 && headDimDefault >= 0 && normsPerLayer >= 1 && windowDefault >= 0)) {
            throw new IllegalArgumentException("family defaults must be >= 0 (norms >= 1), got groups " + groups
                    + ", topk groups " + topkGroups + ", head_dim " + headDimDefault + ", norms " + normsPerLayer
                    + ", window " + windowDefault);
        }
    }

    /** Grouped-query attention without biases, two norms a layer, dense MLPs without biases, nothing else. */
    static FamilyRules groupedQuery() {
        return new FamilyRules(false, "", false, false, false, false, 0, 2, false, "", Experts.NONE, false, false,
                Window.NONE, 0, "", 0, 0);
    }

    /** Multi-head latent attention without biases, DeepSeek's routed and shared experts, a greedy router. */
    static FamilyRules latent() {
        return groupedQuery().withLatentAttention().withExperts(Experts.ROUTED_AND_SHARED).withRouter("greedy", 0, 0);
    }

    private FamilyRules withLatentAttention() {
        return new FamilyRules(true, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm, attentionSinks,
                headDimDefault, normsPerLayer, tiedByDefault, mlpBias, experts, expertsInMxfp4, mtpLayers, window,
                windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy whose code honours {@code attention_bias}, defaulting to false as {@code byDefault} says. */
    FamilyRules withAttentionBias(String byDefault) {
        return withAttentionBias(byDefault, false);
    }

    /** A copy whose code honours {@code attention_bias}, defaulting to {@code value} as {@code byDefault} says. */
    FamilyRules withAttentionBias(String byDefault, boolean value) {
        return new FamilyRules(latentAttention, byDefault, value, qkvBias, queryKeyNorm, attentionSinks,
                headDimDefault, normsPerLayer, tiedByDefault, mlpBias, experts, expertsInMxfp4, mtpLayers, window,
                windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy whose q, k and v projections always carry biases, and o none. */
    FamilyRules withQkvBias() {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, true, queryKeyNorm,
                attentionSinks, headDimDefault, normsPerLayer, tiedByDefault, mlpBias, experts, expertsInMxfp4,
                mtpLayers, window, windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy with per-head query and key RMSNorms. */
    FamilyRules withQueryKeyNorm() {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, true, attentionSinks,
                headDimDefault, normsPerLayer, tiedByDefault, mlpBias, experts, expertsInMxfp4, mtpLayers, window,
                windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy with a learned sink logit per query head. */
    FamilyRules withAttentionSinks() {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm, true,
                headDimDefault, normsPerLayer, tiedByDefault, mlpBias, experts, expertsInMxfp4, mtpLayers, window,
                windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy whose config class defaults {@code head_dim} to {@code channels}. */
    FamilyRules withHeadDim(long channels) {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm,
                attentionSinks, channels, normsPerLayer, tiedByDefault, mlpBias, experts, expertsInMxfp4, mtpLayers,
                window, windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy with {@code count} RMSNorms per decoder layer. */
    FamilyRules withNormsPerLayer(long count) {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm,
                attentionSinks, headDimDefault, count, tiedByDefault, mlpBias, experts, expertsInMxfp4, mtpLayers,
                window, windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy whose config class ties the embeddings by default. */
    FamilyRules withTiedEmbeddings() {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm,
                attentionSinks, headDimDefault, normsPerLayer, true, mlpBias, experts, expertsInMxfp4, mtpLayers,
                window, windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy whose code honours {@code mlp_bias}, defaulting as {@code byDefault} says. */
    FamilyRules withMlpBias(String byDefault) {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm,
                attentionSinks, headDimDefault, normsPerLayer, tiedByDefault, byDefault, experts, expertsInMxfp4,
                mtpLayers, window, windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy with experts stated so. */
    FamilyRules withExperts(Experts stated) {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm,
                attentionSinks, headDimDefault, normsPerLayer, tiedByDefault, mlpBias, stated, expertsInMxfp4,
                mtpLayers, window, windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy whose checkpoint stores the routed experts' matrices in MXFP4. */
    FamilyRules withExpertsInMxfp4() {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm,
                attentionSinks, headDimDefault, normsPerLayer, tiedByDefault, mlpBias, experts, true, mtpLayers,
                window, windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy that builds multi-token-prediction modules. */
    FamilyRules withMtpLayers() {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm,
                attentionSinks, headDimDefault, normsPerLayer, tiedByDefault, mlpBias, experts, expertsInMxfp4, true,
                window, windowDefault, topkMethod, groups, topkGroups);
    }

    /** A copy whose attention uses a sliding window on the layers {@code rule} says, by default {@code tokens}. */
    FamilyRules withWindow(Window rule, long tokens) {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm,
                attentionSinks, headDimDefault, normsPerLayer, tiedByDefault, mlpBias, experts, expertsInMxfp4,
                mtpLayers, rule, tokens, topkMethod, groups, topkGroups);
    }

    /** A copy whose router defaults to {@code method} and to {@code defaultGroups} groups, {@code chosen} kept. */
    FamilyRules withRouter(String method, long defaultGroups, long chosen) {
        return new FamilyRules(latentAttention, attentionBias, attentionBiasDefault, qkvBias, queryKeyNorm,
                attentionSinks, headDimDefault, normsPerLayer, tiedByDefault, mlpBias, experts, expertsInMxfp4,
                mtpLayers, window, windowDefault, method, defaultGroups, chosen);
    }
}
