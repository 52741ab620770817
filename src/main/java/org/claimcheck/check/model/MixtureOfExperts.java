package org.claimcheck.check.model;

/**
 * The mixture-of-experts feed-forward of a model, or {@link #none()} for a dense model.
 *
 * @param routed             routed experts per MoE layer ({@code n_routed_experts}, {@code num_local_experts});
 *                           0 for none
 * @param shared             always-active shared experts per MoE layer ({@code n_shared_experts}), at least 0
 * @param perToken           routed experts a token activates ({@code num_experts_per_tok}), in [1, routed]
 * @param expertIntermediate SwiGLU width of one expert ({@code moe_intermediate_size}), channels
 * @param firstDenseLayers   layers before the first MoE layer ({@code first_k_dense_replace}), at least 0
 * @param layerFrequency     every n-th layer from there is MoE ({@code moe_layer_freq}), at least 1
 * @param routingBias        whether the router carries a per-expert bias used for top-K selection only
 *                           (DeepSeek-V3 {@code e_score_correction_bias}, R §2.1.2 p.9)
 */
record MixtureOfExperts(long routed, long shared, long perToken, long expertIntermediate,
                               long firstDenseLayers, long layerFrequency, boolean routingBias) {

    public MixtureOfExperts {
        boolean none = routed == 0 && shared == 0 && perToken == 0 && expertIntermediate == 0;
        boolean valid = routed >= 1 && shared >= 0 && perToken >= 1 && perToken <= routed && expertIntermediate >= 1;
        if (!((none || valid) && firstDenseLayers >= 0 && layerFrequency >= 1)) {
            throw new IllegalArgumentException("inconsistent experts: routed " + routed + ", shared " + shared
                    + ", per token " + perToken + ", width " + expertIntermediate + ", first dense "
                    + firstDenseLayers + ", frequency " + layerFrequency);
        }
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
     * How many layers in {@code [from, to)} have experts, by the rule of {@link #isMoeLayer}, in closed form:
     * multiples of {@code moe_layer_freq} in {@code [max(from, first_k_dense_replace), to)}.
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
        return Math.floorDiv(to - 1, layerFrequency) - Math.floorDiv(first - 1, layerFrequency);
    }

    /**
     * Whether layer {@code index} (0-based, counting MTP layers after the main ones) has experts, as the DeepSeek and
     * Mixtral modelling code decides: {@code index >= first_k_dense_replace && index % moe_layer_freq == 0}.
     */
    public boolean isMoeLayer(long index) {
        return present() && index >= firstDenseLayers && index % layerFrequency == 0;
    }
}
