package org.claimcheck.check.model;

import java.util.List;

/**
 * The mixture-of-experts feed-forward of a model, or {@link #none()} for a dense model.
 *
 * @param routed             routed experts per MoE layer ({@code n_routed_experts}, {@code num_local_experts},
 *                           {@code num_experts}); 0 for none
 * @param shared             always-active shared experts per MoE layer ({@code n_shared_experts}; 1 in Qwen2-MoE),
 *                           at least 0
 * @param perToken           routed experts a token activates ({@code num_experts_per_tok}), in [1, routed]
 * @param expertIntermediate SwiGLU width of one routed expert ({@code moe_intermediate_size}), channels
 * @param sharedIntermediate SwiGLU width of one shared expert ({@code moe_intermediate_size} in DeepSeek,
 *                           {@code shared_expert_intermediate_size} in Qwen2-MoE), 0 without shared experts
 * @param firstDenseLayers   layers before the first MoE layer ({@code first_k_dense_replace}), at least 0
 * @param layerFrequency     every n-th layer from there is MoE ({@code moe_layer_freq}, {@code decoder_sparse_step}),
 *                           at least 1
 * @param layerOffset        which of each n layers: the index modulo {@code layerFrequency} (0 in DeepSeek, n − 1 in
 *                           Qwen, whose rule is {@code (i + 1) % decoder_sparse_step == 0}), in [0, layerFrequency)
 * @param denseLayers        layer indices kept dense whatever the rule says ({@code mlp_only_layers}), sorted,
 *                           distinct, each at least 0
 * @param routingBias        whether the router carries a per-expert bias ({@code e_score_correction_bias} of
 *                           DeepSeek-V3, R §2.1.2 p.9; the router bias of gpt-oss)
 * @param sharedGate         whether the shared expert's output passes a sigmoid gate of {@code hidden_size} weights
 *                           (Qwen2-MoE's {@code shared_expert_gate})
 * @param expertBiases       whether each routed expert's projections carry biases (gpt-oss)
 */
record MixtureOfExperts(long routed, long shared, long perToken, long expertIntermediate, long sharedIntermediate,
                        long firstDenseLayers, long layerFrequency, long layerOffset, List<Long> denseLayers,
                        boolean routingBias, boolean sharedGate, boolean expertBiases) {

    public MixtureOfExperts {
        denseLayers = List.copyOf(denseLayers);
        boolean none = routed == 0 && shared == 0 && perToken == 0 && expertIntermediate == 0
                && sharedIntermediate == 0;
        boolean valid = routed >= 1 && shared >= 0 && perToken >= 1 && perToken <= routed && expertIntermediate >= 1
                && (shared == 0 ? sharedIntermediate == 0 : sharedIntermediate >= 1);
        boolean placed = firstDenseLayers >= 0 && layerFrequency >= 1 && layerOffset >= 0
                && layerOffset < layerFrequency && denseLayers.stream().allMatch(index -> index >= 0)
                && denseLayers.stream().distinct().sorted().toList().equals(denseLayers);
        if (!((none || valid) && placed)) {
            throw new IllegalArgumentException("inconsistent experts: routed " + routed + ", shared " + shared
                    + ", per token " + perToken + ", width " + expertIntermediate + ", shared width "
                    + sharedIntermediate + ", first dense " + firstDenseLayers + ", frequency " + layerFrequency
                    + ", offset " + layerOffset + ", dense layers " + denseLayers);
        }
    }

    /** DeepSeek's and Mixtral's experts: shared experts as wide as routed ones, placed from a first MoE layer. */
    MixtureOfExperts(long routed, long shared, long perToken, long expertIntermediate, long firstDenseLayers,
                     long layerFrequency, boolean routingBias) {
        this(routed, shared, perToken, expertIntermediate, shared > 0 ? expertIntermediate : 0, firstDenseLayers,
                layerFrequency, 0, List.of(), routingBias, false, false);
    }

    /** No experts: every layer has a dense MLP. */
    public static MixtureOfExperts none() {
        return new MixtureOfExperts(0, 0, 0, 0, 0, 1, false);
    }

    /** Whether the model has experts at all. */
    public boolean present() {
        return routed > 0;
    }

    /**
     * How many layers in {@code [from, to)} have experts, by the rule of {@link #isMoeLayer}: in closed form, the
     * indices {@code i ≡ layerOffset (mod layerFrequency)} in {@code [max(from, first_k_dense_replace), to)}, less
     * those of them that {@code mlp_only_layers} keeps dense.
     *
     * @param from first layer index, at least 0
     * @param to   one past the last layer index, at least {@code from}
     * @return layers, in [0, to − from]
     */
    public long moeLayersIn(long from, long to) {
        long first = Math.max(from, firstDenseLayers);
        if (!present() || first >= to) {
            return 0;
        }
        long ruled = Math.floorDiv(to - 1 - layerOffset, layerFrequency)
                - Math.floorDiv(first - 1 - layerOffset, layerFrequency);
        long keptDense = denseLayers.stream().filter(index -> index >= first && index < to
                && index % layerFrequency == layerOffset).count();
        return ruled - keptDense;
    }

    /**
     * Whether layer {@code index} (0-based, counting MTP layers after the main ones) has experts, as the modelling
     * code decides: {@code index >= first_k_dense_replace && index % freq == offset} and not in
     * {@code mlp_only_layers} (DeepSeek: offset 0; Qwen: {@code (index + 1) % decoder_sparse_step == 0}).
     */
    public boolean isMoeLayer(long index) {
        return present() && index >= firstDenseLayers && index % layerFrequency == layerOffset
                && !denseLayers.contains(index);
    }
}
