package org.claimcheck.check.model;

import java.util.List;
import java.util.Locale;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * Reads the experts of a config: none for dense families, Mixtral's and gpt-oss's {@code num_local_experts},
 * DeepSeek's routed and shared experts and Qwen's, with the layers they sit in. Problems go to the
 * {@link ConfigJson}; after one, the experts returned hold stand-ins and are never used.
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
        return switch (family.rules().experts()) {
            case NONE -> MixtureOfExperts.none();
            case LOCAL -> {
                long routed = config.count("num_local_experts", 1, Unit.EXPERTS);
                long perToken = perToken(config, routed, "num_local_experts");
                yield new MixtureOfExperts(routed, 0, perToken, config.count("intermediate_size", 1,
                        Unit.CHANNELS), 0, 1, false);
            }
            case LOCAL_WITH_BIASES -> {
                long routed = config.count("num_local_experts", 1, Unit.EXPERTS);
                long perToken = perToken(config, routed, "num_local_experts");
                long width = config.count("intermediate_size", 1, Unit.CHANNELS);
                yield new MixtureOfExperts(routed, 0, perToken, width, 0, 0, 1, 0, List.of(), true, false, true);
            }
            case ROUTED_AND_SHARED -> deepSeekExperts(config, family, layers);
            case QWEN, QWEN_SHARED -> qwenExperts(config, family, layers);
        };
    }

    /**
     * Qwen's experts: {@code num_experts} of {@code moe_intermediate_size}, in layer {@code i} when
     * {@code (i + 1) % decoder_sparse_step == 0} and {@code i} is not in {@code mlp_only_layers} (Qwen2MoeConfig,
     * Qwen3MoeConfig); Qwen2-MoE adds one shared expert of {@code shared_expert_intermediate_size} with a sigmoid gate.
     * Some layer must have experts.
     */
    private static MixtureOfExperts qwenExperts(ConfigJson config, ModelFamily family, long layers) {
        long routed = config.count("num_experts", 1, Unit.EXPERTS);
        long perToken = perToken(config, routed, "num_experts");
        long width = config.count("moe_intermediate_size", 1, Unit.CHANNELS);
        boolean withShared = family.rules().experts() == FamilyRules.Experts.QWEN_SHARED;
        long sharedWidth = withShared ? config.count("shared_expert_intermediate_size", 1, Unit.CHANNELS) : 0;
        long step = config.countOr("decoder_sparse_step", 1, Unit.LAYERS, 1, "default 1: every layer");
        List<Long> dense = config.layerIndices("mlp_only_layers", layers);
        MixtureOfExperts experts = new MixtureOfExperts(routed, withShared ? 1 : 0, perToken, width, sharedWidth, 0,
                step, step - 1, dense, false, withShared, false);
        config.rule(experts.moeLayersIn(0, layers) > 0, "mlp_only_layers", String.format(Locale.ROOT,
                "a list that leaves some layer i in [0, %d) with (i + 1) %% decoder_sparse_step %d == 0 with experts",
                layers, step), dense.toString(), "decoder_sparse_step", "num_hidden_layers");
        return experts;
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
        boolean bias = config.optionalText("topk_method").orElse(family.rules().topkMethod()).equals("noaux_tc");
        config.assumed("routing bias e_score_correction_bias (topk_method noaux_tc)", bias ? 1 : 0, Unit.COUNT,
                Source.file(config.citedPath(), config.optionalText("topk_method").isPresent() ? "topk_method"
                        : "topk_method (absent; default of the " + family.id() + " config class)"));
        MixtureOfExperts experts = new MixtureOfExperts(routed, shared, perToken, width, firstDense, frequency, bias);
        placement(config, experts, layers);
        groups(config, family, routed, perToken);
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

    /**
     * Group-limited routing (topk_method {@code group_limited_greedy} or {@code noaux_tc}, the family's default as
     * its {@link FamilyRules} say): the router splits the {@code n_routed_experts} into {@code n_group} equal groups,
     * keeps the best {@code topk_group} of them, and picks {@code num_experts_per_tok} experts "only within
     * topk_group groups" (DeepseekV3Config). So {@code n_group} divides the experts, {@code topk_group <= n_group},
     * and the chosen groups hold enough experts; {@code noaux_tc} scores a group by the sum of its 2 best experts, so
     * each group needs 2. The groups default as the family's rules say, or must be stated. Greedy routing has no
     * groups, and the fields are not read.
     */
    private static void groups(ConfigJson config, ModelFamily family, long routed, long perToken) {
        FamilyRules rules = family.rules();
        String method = config.optionalText("topk_method").orElse(rules.topkMethod());
        if (!method.equals("noaux_tc") && !method.equals("group_limited_greedy")) {
            return;
        }
        long groups = rules.groups() > 0 ? config.ruleCountOr("n_group", 1, rules.groups())
                : config.ruleCount("n_group", 1);
        long chosen = rules.topkGroups() > 0 ? config.ruleCountOr("topk_group", 1, rules.topkGroups())
                : config.ruleCount("topk_group", 1);
        boolean divides = config.rule(routed % groups == 0, "n_group", "a divisor of n_routed_experts (" + routed
                + ")", asRead(config, family, "n_group", groups), "n_routed_experts");
        boolean pairs = !method.equals("noaux_tc") || config.rule(routed / groups >= 2, "n_group", "at most "
                + "n_routed_experts / 2 (" + routed / 2 + ") as noaux_tc scores a group by its 2 best experts",
                asRead(config, family, "n_group", groups), "n_routed_experts");
        boolean within = config.rule(chosen <= groups, "topk_group", "at most n_group (" + groups + ")",
                asRead(config, family, "topk_group", chosen), "n_group");
        if (divides && pairs && within) {
            long reach = chosen * (routed / groups);
            config.rule(perToken <= reach, "num_experts_per_tok", String.format(Locale.ROOT, "at most topk_group × "
                    + "n_routed_experts / n_group (%d × %d / %d = %d), the experts of the chosen groups", chosen,
                    routed, groups, reach), Long.toString(perToken), "n_routed_experts", "n_group", "topk_group");
        }
    }

    /** A value as read, saying when it is the config class's default. */
    private static String asRead(ConfigJson config, ModelFamily family, String field, long value) {
        return config.stated(field) ? Long.toString(value)
                : value + " (absent; default of the " + family.id() + " config class)";
    }
}
