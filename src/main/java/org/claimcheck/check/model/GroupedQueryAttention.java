package org.claimcheck.check.model;

import static java.lang.Math.addExact;
import static java.lang.Math.multiplyExact;

import java.util.Locale;

/**
 * Multi-head, grouped-query or multi-query attention (Llama, Mistral, Mixtral): separate q, k, v and o projections;
 * {@code kvHeads == heads} is MHA, {@code kvHeads == 1} is MQA.
 *
 * @param hidden  model width {@code hidden_size}, channels, at least 1
 * @param heads   query heads, at least 1
 * @param kvHeads key/value heads, in [1, heads] and dividing {@code heads}
 * @param headDim channels per head, at least 1
 * @param bias    whether q, k, v and o carry biases ({@code attention_bias})
 */
record GroupedQueryAttention(long hidden, long heads, long kvHeads, long headDim, boolean bias)
        implements Attention {

    public GroupedQueryAttention {
        if (!(hidden >= 1 && heads >= 1 && headDim >= 1 && kvHeads >= 1 && kvHeads <= heads
                && heads % kvHeads == 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "need positive sizes and kvHeads dividing heads, got hidden %d, heads %d, kvHeads %d, headDim %d",
                    hidden, heads, kvHeads, headDim));
        }
    }

    /**
     * {@code d·h·hd (q) + 2·d·kv·hd (k, v) + h·hd·d (o)} plus biases {@code h·hd + 2·kv·hd + d} when present.
     *
     * @return parameters per layer, exact
     * @throws ArithmeticException on overflow of {@code long}
     */
    @Override
    public long paramsPerLayer() {
        long biases = bias ? addExact(addExact(queryWidth(), multiplyExact(2, kvWidth())), hidden) : 0;
        return addExact(matmulWeightsPerLayer(), biases);
    }

    @Override
    public long matmulWeightsPerLayer() {
        long q = multiplyExact(hidden, queryWidth());
        long kv = multiplyExact(2, multiplyExact(hidden, kvWidth()));
        return addExact(addExact(q, kv), multiplyExact(queryWidth(), hidden));
    }

    /** {@code 2·kv·hd}: a key and a value vector per KV head. */
    @Override
    public long kvElementsPerTokenPerLayer() {
        return multiplyExact(2, kvWidth());
    }

    @Override
    public long scoreDimsPerHead() {
        return headDim;
    }

    @Override
    public long valueDimsPerHead() {
        return headDim;
    }

    @Override
    public String kindInWords() {
        String kind = kvHeads == heads ? "multi-head attention" : kvHeads == 1 ? "multi-query attention"
                : "grouped-query attention";
        return String.format(Locale.ROOT, "%s (%d KV heads for %d query heads, head_dim %d)",
                kind, kvHeads, heads, headDim);
    }

    @Override
    public String paramsInWords() {
        String text = String.format(Locale.ROOT,
                "q_proj %d×%d + k_proj %d×%d + v_proj %d×%d + o_proj %d×%d", hidden, queryWidth(), hidden,
                kvWidth(), hidden, kvWidth(), queryWidth(), hidden);
        if (bias) {
            text += String.format(Locale.ROOT, " + biases %d + %d + %d + %d", queryWidth(), kvWidth(), kvWidth(),
                    hidden);
        }
        return text + String.format(Locale.ROOT, " = %,d", paramsPerLayer());
    }

    @Override
    public String kvInWords() {
        return String.format(Locale.ROOT, "K and V: 2 × %d KV heads × %d head_dim = %,d elements",
                kvHeads, headDim, kvElementsPerTokenPerLayer());
    }

    private long queryWidth() {
        return multiplyExact(heads, headDim);
    }

    private long kvWidth() {
        return multiplyExact(kvHeads, headDim);
    }
}
