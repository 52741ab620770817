package org.claimcheck.check.model;

import static java.lang.Math.addExact;
import static java.lang.Math.multiplyExact;

import java.util.Locale;

/**
 * Multi-head, grouped-query or multi-query attention (Llama, Mistral, Mixtral, Qwen, Gemma 2, gpt-oss): separate q,
 * k, v and o projections; {@code kvHeads == heads} is MHA, {@code kvHeads == 1} is MQA.
 *
 * @param hidden       model width {@code hidden_size}, channels, at least 1
 * @param heads        query heads, at least 1
 * @param kvHeads      key/value heads, in [1, heads] and dividing {@code heads}
 * @param headDim      channels per head, at least 1
 * @param qkvBias      whether q, k and v carry biases ({@code attention_bias}; always in Qwen2)
 * @param outputBias   whether o carries a bias ({@code attention_bias}; never in Qwen2)
 * @param queryKeyNorm whether queries and keys pass a per-head RMSNorm of {@code head_dim} weights (Qwen3)
 * @param sinks        whether each query head has one learned sink logit (gpt-oss)
 */
record GroupedQueryAttention(long hidden, long heads, long kvHeads, long headDim, boolean qkvBias,
                             boolean outputBias, boolean queryKeyNorm, boolean sinks) implements Attention {

    /** Attention whose four projections all carry biases or none does, without norms or sinks. */
    GroupedQueryAttention(long hidden, long heads, long kvHeads, long headDim, boolean bias) {
        this(hidden, heads, kvHeads, headDim, bias, bias, false, false);
    }

    public GroupedQueryAttention {
        if (!(hidden >= 1 && heads >= 1 && headDim >= 1 && kvHeads >= 1 && kvHeads <= heads
                && heads % kvHeads == 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "need positive sizes and kvHeads dividing heads, got hidden %d, heads %d, kvHeads %d, headDim %d",
                    hidden, heads, kvHeads, headDim));
        }
    }

    /**
     * {@code d·h·hd (q) + 2·d·kv·hd (k, v) + h·hd·d (o)}, plus biases {@code h·hd + 2·kv·hd} on q, k, v and
     * {@code d} on o when present, {@code 2·hd} for the q and k norms, {@code h} sinks.
     *
     * @return parameters per layer, exact
     * @throws ArithmeticException on overflow of {@code long}
     */
    @Override
    public long paramsPerLayer() {
        long biases = addExact(qkvBias ? addExact(queryWidth(), multiplyExact(2, kvWidth())) : 0,
                outputBias ? hidden : 0);
        long extras = addExact(queryKeyNorm ? multiplyExact(2, headDim) : 0, sinks ? heads : 0);
        return addExact(addExact(matmulWeightsPerLayer(), biases), extras);
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
        if (qkvBias) {
            text += String.format(Locale.ROOT, " + biases q %d + k %d + v %d", queryWidth(), kvWidth(), kvWidth());
        }
        if (outputBias) {
            text += String.format(Locale.ROOT, " + bias o %d", hidden);
        }
        if (queryKeyNorm) {
            text += String.format(Locale.ROOT, " + q_norm %d + k_norm %d", headDim, headDim);
        }
        if (sinks) {
            text += String.format(Locale.ROOT, " + sinks %d", heads);
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
