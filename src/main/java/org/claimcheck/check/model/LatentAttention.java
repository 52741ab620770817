package org.claimcheck.check.model;

import static java.lang.Math.addExact;
import static java.lang.Math.multiplyExact;

import java.util.Locale;

/**
 * Multi-head latent attention (DeepSeek-V2 and -V3, R §2.1.1 p.7–8): queries through an optional low-rank latent,
 * keys and values rebuilt from one compressed latent per token plus a decoupled RoPE key shared by all heads.
 *
 * @param hidden        model width {@code hidden_size}, channels, at least 1
 * @param heads         query heads {@code num_attention_heads}, at least 1
 * @param queryRank     {@code q_lora_rank}, channels; 0 when queries are projected directly (DeepSeek-V2-Lite)
 * @param latentRank    {@code kv_lora_rank} (d_c), channels, at least 1
 * @param noRopeHeadDim {@code qk_nope_head_dim}, channels, at least 0
 * @param ropeHeadDim   {@code qk_rope_head_dim} (d_h^R), channels, at least 0
 * @param valueHeadDim  {@code v_head_dim}, channels, at least 1
 * @param bias          {@code attention_bias}: biases on q_a_proj, kv_a_proj_with_mqa and o_proj
 * @see <a href="https://arxiv.org/abs/2412.19437">R, §2.1.1 eq. 1–11</a>
 */
record LatentAttention(long hidden, long heads, long queryRank, long latentRank, long noRopeHeadDim,
                              long ropeHeadDim, long valueHeadDim, boolean bias) implements Attention {

    public LatentAttention {
        if (!(hidden >= 1 && heads >= 1 && queryRank >= 0 && latentRank >= 1 && noRopeHeadDim >= 0
                && ropeHeadDim >= 0 && (noRopeHeadDim >= 1 || ropeHeadDim >= 1) && valueHeadDim >= 1)) {
            throw new IllegalArgumentException("latent attention needs positive sizes, got " + hidden + ", " + heads
                    + ", " + queryRank + ", " + latentRank + ", " + noRopeHeadDim + ", " + ropeHeadDim + ", "
                    + valueHeadDim);
        }
    }

    /**
     * Query path ({@code d·q_r + q_r + q_r·h·(nope+rope)}, or {@code d·h·(nope+rope)} without q_lora_rank) +
     * {@code d·(d_c+rope) + d_c + d_c·h·(nope+v) + h·v·d}, plus biases {@code q_r + (d_c+rope) + d} when set.
     *
     * @return parameters per layer, exact
     * @throws ArithmeticException on overflow of {@code long}
     */
    @Override
    public long paramsPerLayer() {
        long norms = addExact(queryRank, latentRank);
        long biases = bias ? addExact(addExact(queryRank, addExact(latentRank, ropeHeadDim)), hidden) : 0;
        return addExact(addExact(matmulWeightsPerLayer(), norms), biases);
    }

    @Override
    public long matmulWeightsPerLayer() {
        long query = queryRank == 0 ? multiplyExact(hidden, queryWidth())
                : addExact(multiplyExact(hidden, queryRank), multiplyExact(queryRank, queryWidth()));
        long latentDown = multiplyExact(hidden, addExact(latentRank, ropeHeadDim));
        long latentUp = multiplyExact(latentRank, multiplyExact(heads, addExact(noRopeHeadDim, valueHeadDim)));
        long out = multiplyExact(multiplyExact(heads, valueHeadDim), hidden);
        return addExact(addExact(query, latentDown), addExact(latentUp, out));
    }

    /** {@code d_c + d_h^R}: the compressed latent c^KV and the decoupled RoPE key k^R (R eq. 1 and 3, p.7). */
    @Override
    public long kvElementsPerTokenPerLayer() {
        return addExact(latentRank, ropeHeadDim);
    }

    @Override
    public long scoreDimsPerHead() {
        return addExact(noRopeHeadDim, ropeHeadDim);
    }

    @Override
    public long valueDimsPerHead() {
        return valueHeadDim;
    }

    @Override
    public String kindInWords() {
        return String.format(Locale.ROOT,
                "multi-head latent attention (%d heads, kv_lora_rank %d, rope dim %d, %s)", heads, latentRank,
                ropeHeadDim, queryRank == 0 ? "no q_lora_rank" : "q_lora_rank " + queryRank);
    }

    @Override
    public String paramsInWords() {
        String query = queryRank == 0
                ? String.format(Locale.ROOT, "q_proj %d×%d", hidden, queryWidth())
                : String.format(Locale.ROOT, "q_a_proj %d×%d + q_a_layernorm %d + q_b_proj %d×%d", hidden,
                        queryRank, queryRank, queryRank, queryWidth());
        String rest = String.format(Locale.ROOT,
                " + kv_a_proj_with_mqa %d×%d + kv_a_layernorm %d + kv_b_proj %d×%d + o_proj %d×%d", hidden,
                latentRank + ropeHeadDim, latentRank, latentRank, heads * (noRopeHeadDim + valueHeadDim),
                heads * valueHeadDim, hidden);
        String biases = bias ? String.format(Locale.ROOT, " + biases %d + %d + %d", queryRank,
                latentRank + ropeHeadDim, hidden) : "";
        return query + rest + biases + String.format(Locale.ROOT, " = %,d", paramsPerLayer());
    }

    @Override
    public String kvInWords() {
        return String.format(Locale.ROOT,
                "latent c^KV %d (kv_lora_rank) + decoupled RoPE key %d (qk_rope_head_dim) = %,d elements, shared by "
                        + "all %d heads", latentRank, ropeHeadDim, kvElementsPerTokenPerLayer(), heads);
    }

    private long queryWidth() {
        return multiplyExact(heads, scoreDimsPerHead());
    }
}
