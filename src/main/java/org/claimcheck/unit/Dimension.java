package org.claimcheck.unit;

/**
 * What a unit measures. Two quantities can be compared only when their dimensions are equal; counts of different
 * things (experts, heads, tokens) are different dimensions on purpose, so that a claim about heads is never
 * compared with a count of experts.
 */
public enum Dimension {
    RATIO,
    PARAMETERS,
    FLOPS,
    FLOP_RATE,
    BYTES,
    BYTE_RATE,
    ELEMENTS,
    GPU_HOURS,
    MONEY,
    TOKENS,
    TIME,
    CHANNELS,
    EXPERTS,
    HEADS,
    LAYERS,
    GPUS,
    BITS,
    POINTS,
    DECIBELS,
    COUNT
}
