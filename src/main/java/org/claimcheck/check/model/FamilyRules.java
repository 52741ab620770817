package org.claimcheck.check.model;

import java.util.Objects;

/**
 * What one family's modelling code builds from its {@code config.json}, and the defaults of its config class: the
 * one place a family's rules are written ({@link ModelFamily} gives each family its own). Built from
 * {@link #groupedQuery()} or {@link #latent()} with {@code with…} copies, as the Commons configuration objects are.
 *
 * @param latentAttention true for multi-head latent attention (DeepSeek), false for grouped-query attention
 * @param attentionBias   how {@code attention_bias} defaults, in words, when the code honours it; empty when its
 *                        attention has no biases
 * @param mlpBias         how {@code mlp_bias} defaults, in words, when honoured; empty when its MLP has no biases
 * @param experts         where the config states its experts
 * @param mtpLayers       whether it builds {@code num_nextn_predict_layers} multi-token-prediction modules
 * @param slidingWindow   whether its attention honours {@code sliding_window}
 * @param topkMethod      its config class's default {@code topk_method}; empty when it has no such router
 * @param groups          its config class's default {@code n_group}, 0 when it has none
 * @param topkGroups      its config class's default {@code topk_group}, 0 when it has none
 */
record FamilyRules(boolean latentAttention, String attentionBias, String mlpBias, Experts experts, boolean mtpLayers,
                   boolean slidingWindow, String topkMethod, long groups, long topkGroups) {

    /** Where a family's config states its experts. */
    enum Experts {
        /** None: every layer has a dense MLP. */
        NONE,
        /** Mixtral's {@code num_local_experts}, all routed, in every layer. */
        LOCAL,
        /** DeepSeek's {@code n_routed_experts} and {@code n_shared_experts}, in the layers the config places them. */
        ROUTED_AND_SHARED
    }

    /** How the DeepSeek config classes default {@code attention_bias}. */
    static final String DEEPSEEK_BIAS = "default false in the DeepSeek config classes";

    FamilyRules {
        Objects.requireNonNull(attentionBias, "attentionBias");
        Objects.requireNonNull(mlpBias, "mlpBias");
        Objects.requireNonNull(experts, "experts");
        Objects.requireNonNull(topkMethod, "topkMethod");
        if (groups < 0 || topkGroups < 0) {
            throw new IllegalArgumentException("default expert groups must be >= 0, got " + groups + " and "
                    + topkGroups);
        }
    }

    /** Grouped-query attention without biases, dense MLPs without biases, nothing else. */
    static FamilyRules groupedQuery() {
        return new FamilyRules(false, "", "", Experts.NONE, false, false, "", 0, 0);
    }

    /** Multi-head latent attention without biases, DeepSeek's routed and shared experts, a greedy router. */
    static FamilyRules latent() {
        return new FamilyRules(true, "", "", Experts.ROUTED_AND_SHARED, false, false, "greedy", 0, 0);
    }

    /** A copy whose code honours {@code attention_bias}, defaulting as {@code byDefault} says. */
    FamilyRules withAttentionBias(String byDefault) {
        return new FamilyRules(latentAttention, byDefault, mlpBias, experts, mtpLayers, slidingWindow, topkMethod,
                groups, topkGroups);
    }

    /** A copy whose code honours {@code mlp_bias}, defaulting as {@code byDefault} says. */
    FamilyRules withMlpBias(String byDefault) {
        return new FamilyRules(latentAttention, attentionBias, byDefault, experts, mtpLayers, slidingWindow,
                topkMethod, groups, topkGroups);
    }

    /** A copy with experts stated so. */
    FamilyRules withExperts(Experts stated) {
        return new FamilyRules(latentAttention, attentionBias, mlpBias, stated, mtpLayers, slidingWindow, topkMethod,
                groups, topkGroups);
    }

    /** A copy that builds multi-token-prediction modules. */
    FamilyRules withMtpLayers() {
        return new FamilyRules(latentAttention, attentionBias, mlpBias, experts, true, slidingWindow, topkMethod,
                groups, topkGroups);
    }

    /** A copy whose attention honours a sliding window. */
    FamilyRules withSlidingWindow() {
        return new FamilyRules(latentAttention, attentionBias, mlpBias, experts, mtpLayers, true, topkMethod, groups,
                topkGroups);
    }

    /** A copy whose router defaults to {@code method} and to {@code defaultGroups} groups, {@code chosen} kept. */
    FamilyRules withRouter(String method, long defaultGroups, long chosen) {
        return new FamilyRules(latentAttention, attentionBias, mlpBias, experts, mtpLayers, slidingWindow, method,
                defaultGroups, chosen);
    }
}
