package org.claimcheck.check.model;

import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * Reads the experts of a config: none for Llama and Mistral, Mixtral's {@code num_local_experts}, DeepSeek's routed
 * and shared experts with the layers they sit in. Problems go to the {@link ConfigJson}; after one, the experts
 * returned hold stand-ins and are never used.
 */
final class ExpertsReader {

    private ExpertsReader() {
    }

    static MixtureOfExperts experts(ConfigJson config, ModelFamily family) {
        return switch (family) {
            case LLAMA, MISTRAL -> MixtureOfExperts.none();
            case MIXTRAL -> {
                long routed = config.count("num_local_experts", 1, Unit.EXPERTS);
                long perToken = perToken(config, routed, "num_local_experts");
                yield new MixtureOfExperts(routed, 0, perToken, config.count("intermediate_size", 1,
                        Unit.CHANNELS), 0, 1, false);
            }
            case DEEPSEEK_V2, DEEPSEEK_V3 -> deepSeekExperts(config, family);
        };
    }

    private static MixtureOfExperts deepSeekExperts(ConfigJson config, ModelFamily family) {
        if (config.absentOrZero("n_routed_experts")) {
            config.countOr("n_routed_experts", 0, Unit.EXPERTS, 0, "no experts: every layer is dense");
            return MixtureOfExperts.none();
        }
        long routed = config.count("n_routed_experts", 1, Unit.EXPERTS);
        long shared = config.countOr("n_shared_experts", 0, Unit.EXPERTS, 0, "no shared expert");
        long perToken = perToken(config, routed, "n_routed_experts");
        long width = config.count("moe_intermediate_size", 1, Unit.CHANNELS);
        long firstDense = config.countOr("first_k_dense_replace", 0, Unit.LAYERS, 0, "default 0: no dense layer");
        long frequency = config.countOr("moe_layer_freq", 1, Unit.LAYERS, 1, "default 1: every layer");
        boolean bias = config.optionalText("topk_method").map("noaux_tc"::equals)
                .orElse(family == ModelFamily.DEEPSEEK_V3);
        config.assumed("routing bias e_score_correction_bias (topk_method noaux_tc)", bias ? 1 : 0, Unit.COUNT,
                Source.file(config.citedPath(), config.optionalText("topk_method").isPresent() ? "topk_method"
                        : "topk_method (absent; default of the " + family.modelType() + " config class)"));
        return new MixtureOfExperts(routed, shared, perToken, width, firstDense, frequency, bias);
    }

    private static long perToken(ConfigJson config, long routed, String routedField) {
        long perToken = config.count("num_experts_per_tok", 1, Unit.EXPERTS);
        return config.rule(perToken <= routed, "num_experts_per_tok", "at most " + routedField + " (" + routed + ")",
                Long.toString(perToken), routedField) ? perToken : routed;
    }
}
