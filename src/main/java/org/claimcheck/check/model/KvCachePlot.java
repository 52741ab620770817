package org.claimcheck.check.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Plot;
import org.claimcheck.check.StorageFormat;
import org.claimcheck.unit.Unit;

/** The plot of KV-cache size for one sequence against context length, one series per model. */
final class KvCachePlot {

    /** First context length plotted, in tokens. */
    private static final long FIRST_CONTEXT_TOKENS = 1024;
    /** Plots reach at least this context (128K, DeepSeek-V3's and Llama 3.1's extended context), in tokens. */
    private static final long MIN_LAST_CONTEXT_TOKENS = 131_072;

    private KvCachePlot() {
    }

    /**
     * GiB per sequence at context lengths 1K, 2K, … up to the first power of two at or above
     * {@code max(contextTokens, 128K)}.
     *
     * @param models series name → architecture, in the order to draw
     */
    static Plot of(String id, Map<String, Architecture> models, StorageFormat format, long contextTokens) {
        List<Double> contexts = contexts(contextTokens);
        List<Plot.Series> series = new ArrayList<>();
        for (Map.Entry<String, Architecture> entry : models.entrySet()) {
            long perToken = KvCache.bytesPerToken(entry.getValue(), format).value();
            List<Double> gib = contexts.stream().map(tokens -> perToken
                    * (double) KvCache.cachedTokens(entry.getValue(), tokens.longValue())
                    / Unit.GIB.factorToBase()).toList();
            series.add(Plot.Series.of(entry.getKey() + " (" + entry.getValue().attention().kindInWords() + ")",
                    contexts, gib));
        }
        return new Plot(id, "KV cache of one sequence (" + format + ") against context length",
                "context length (tokens)", "KV cache (GiB)", true, series, List.of());
    }

    private static List<Double> contexts(long contextTokens) {
        long last = Math.max(contextTokens, MIN_LAST_CONTEXT_TOKENS);
        List<Double> contexts = new ArrayList<>();
        for (long tokens = FIRST_CONTEXT_TOKENS; ; tokens *= 2) {
            contexts.add((double) tokens);
            if (tokens >= last) {
                return contexts;
            }
        }
    }
}
