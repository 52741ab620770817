package org.claimcheck.check.model;

import java.util.Locale;
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

    /**
     * The experts of a config whose main model has {@code layers} layers.
     *
     * @param layers {@code num_hidden_layers}, at least 1
     */
    static MixtureOfExperts experts(ConfigJson config, ModelFamily family, long layers) {
        return switch (family) {
            case LLAMA, MISTRAL -> MixtureOfExperts.none();
            case MIXTRAL -> {
                long routed = config.count("num_local_experts", 1, Unit.EXPERTS);
                long perToken = perToken(config, routed, "num_local_experts");
                yield new MixtureOfExperts(routed, 0, perToken, config.count("intermediate_size", 1,
                        Unit.CHANNELS), 0, 1, false);
            }
            case DEEPSEEK_V2, DEEPSEEK_V3 -> deepSeekExperts(config, family, layers);
        };
    }

    private static MixtureOfExperts deepSeekExperts(ConfigJson config, ModelFamily family, long layers) {
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
        MixtureOfExperts experts = new MixtureOfExperts(routed, shared, perToken, width, firstDense, frequency, bias);
        placement(config, experts, layers);
        return experts;
    }

    /**
     * A config that states routed experts must give some layer of the main model experts; the way to say "no
     * experts" is to leave {@code n_routed_experts} out. DeepSeek's config classes put experts in layer {@code i}
     * when {@code i >= first_k_dense_replace && i % moe_layer_freq == 0} ({@link MixtureOfExperts#isMoeLayer}):
     * {@code first_k_dense_replace} is the number of dense layers before the first MoE layer, so it must be below
     * {@code num_hidden_layers}, and a multiple of {@code moe_layer_freq} must lie in
     * {@code [first_k_dense_replace, num_hidden_layers)}.
     */
    private static void placement(ConfigJson config, MixtureOfExperts experts, long layers) {
        long firstDense = experts.firstDenseLayers();
        boolean belowLayers = config.rule(firstDense < layers, "first_k_dense_replace",
                "at most num_hidden_layers - 1 (" + (layers - 1) + ") so that some layer has experts",
                Long.toString(firstDense), "num_hidden_layers");
        if (belowLayers) {
            config.rule(experts.moeLayersIn(0, layers) > 0, "moe_layer_freq", String.format(Locale.ROOT,
                    "a value with a multiple in [first_k_dense_replace, num_hidden_layers) = [%d, %d) so that some "
                            + "layer has experts", firstDense, layers), Long.toString(experts.layerFrequency()),
                    "first_k_dense_replace", "num_hidden_layers");
        }
    }

    private static long perToken(ConfigJson config, long routed, String routedField) {
        long perToken = config.count("num_experts_per_tok", 1, Unit.EXPERTS);
        return config.rule(perToken <= routed, "num_experts_per_tok", "at most " + routedField + " (" + routed + ")",
                Long.toString(perToken), routedField) ? perToken : routed;
    }
}
