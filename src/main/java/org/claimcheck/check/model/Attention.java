package org.claimcheck.check.model;

/**
 * The attention block of one decoder layer, as the family's modelling code builds it: parameter counts, the
 * elements it caches per token, and the head dimensions that set its score and context FLOPs.
 */
sealed interface Attention permits GroupedQueryAttention, LatentAttention {

    /** Query heads, {@code num_attention_heads}; at least 1. */
    long heads();

    /** Every weight of the block (projections, their biases and internal norms), in parameters. */
    long paramsPerLayer();

    /** The weights that take part in matrix products (projections only, no biases or norms), in parameters. */
    long matmulWeightsPerLayer();

    /** Elements one token leaves in the KV cache of one layer. */
    long kvElementsPerTokenPerLayer();

    /** Dimensions per head of a query-key dot product (the score), in channels. */
    long scoreDimsPerHead();

    /** Dimensions per head of a value vector (the context), in channels. */
    long valueDimsPerHead();

    /** The attention kind in words: "grouped-query attention (8 KV heads for 128 query heads)". */
    String kindInWords();

    /** How {@link #paramsPerLayer()} is made up, tensor by tensor, in words with the numbers. */
    String paramsInWords();

    /** How {@link #kvElementsPerTokenPerLayer()} is made up, in words with the numbers. */
    String kvInWords();
}
