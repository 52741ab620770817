package org.claimcheck.check.moe;

/**
 * The gate and the experiment around it.
 *
 * @param experts        routed experts E, in [2, 4096] (256 in DeepSeek-V3, R §4.2 p.22)
 * @param topK           routed experts per token K, in [1, E] (8, R §4.2 p.22)
 * @param nodes          nodes the experts are spread over, dividing E (8, R §4.2 p.23: 64 GPUs on 8 nodes)
 * @param nodeLimit      nodes a token may reach M, in [1, nodes], with K divisible by M (4, R §4.2 p.23)
 * @param tokensPerStep  tokens routed per step, &gt;= 1
 * @param steps          training steps simulated, &gt;= 2
 * @param skew           standard deviation of the experts' popularity offsets in logit units, &gt;= 0
 * @param gamma          bias update speed γ per step, &gt;= 0 (0.001, R §4.2 p.23); 0 means no balancing
 * @param capacityFactor capacity per expert as a multiple of the mean load, &gt; 0, for the overflow share
 */
record GateConfig(int experts, int topK, int nodes, int nodeLimit, int tokensPerStep, int steps, double skew,
                         double gamma, double capacityFactor) {

    public GateConfig {
        if (experts < 2 || experts > 4096 || topK < 1 || topK > experts) {
            throw new IllegalArgumentException("needs 2 <= E <= 4096 and 1 <= K <= E, got " + experts + ", " + topK);
        }
        if (nodes < 1 || experts % nodes != 0 || nodeLimit < 1 || nodeLimit > nodes || topK % nodeLimit != 0
                || topK > nodeLimit * (experts / nodes)) {
            throw new IllegalArgumentException("needs nodes dividing E, 1 <= M <= nodes, M dividing K and "
                    + "K <= M·E/nodes, got nodes " + nodes + ", M " + nodeLimit);
        }
        if (tokensPerStep < 1 || steps < 2) {
            throw new IllegalArgumentException("needs tokens >= 1 and steps >= 2, got " + tokensPerStep + ", " + steps);
        }
        if (!(skew >= 0 && Double.isFinite(skew) && gamma >= 0 && Double.isFinite(gamma) && capacityFactor > 0
                && Double.isFinite(capacityFactor))) {
            throw new IllegalArgumentException("needs skew >= 0, gamma >= 0, capacity factor > 0");
        }
    }

    /** The same experiment without the balancing bias (γ = 0). */
    public GateConfig withoutBias() {
        return new GateConfig(experts, topK, nodes, nodeLimit, tokensPerStep, steps, skew, 0.0, capacityFactor);
    }

    /** Experts per node. */
    public int expertsPerNode() {
        return experts / nodes;
    }
}
