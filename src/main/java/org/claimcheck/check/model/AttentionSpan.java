package org.claimcheck.check.model;

import org.claimcheck.check.Named;

/** How many keys a token attends to in a sequence of a given length, for attention FLOPs. */
enum AttentionSpan implements Named {
    /** The mean over all positions of a causal sequence (training, prefill): (n + 1) / 2 keys without a window. */
    CAUSAL_MEAN("causal-mean"),
    /** The last token of the sequence (one decoding step at that context): n keys without a window. */
    LAST_TOKEN("last-token");

    private final String spelling;

    AttentionSpan(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String id() {
        return spelling;
    }

    /**
     * Mean keys attended per token for a sequence of {@code contextTokens}, with {@code window} keys at most
     * (0 = no window): causal mean {@code Σ_{i=1..n} min(i, w) / n}, last token {@code min(n, w)}.
     *
     * @param contextTokens sequence length, at least 1
     * @param window        sliding window in tokens, 0 for none
     * @return keys, in [1, contextTokens]
     */
    public double keysPerToken(long contextTokens, long window) {
        long cap = window > 0 ? window : contextTokens;
        if (this == LAST_TOKEN) {
            return Math.min(contextTokens, cap);
        }
        double inWindow = Math.min(contextTokens, cap);
        double rising = inWindow * (inWindow + 1) / 2;
        return (rising + (double) (contextTokens - (long) inWindow) * cap) / contextTokens;
    }
}
