package org.claimcheck.check.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.claimcheck.check.Plot;
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
    static Plot of(String id, Map<String, Architecture> models, KvPrecision format, long contextTokens) {
        return of(id, models, name -> format, contextTokens);
    }

    /** As {@link #of(String, Map, KvPrecision, long)}, each model's cache at its own precision. */
    static Plot of(String id, Map<String, Architecture> models, Function<String, KvPrecision> precisions,
                   long contextTokens) {
        List<Double> contexts = contexts(contextTokens);
        List<Plot.Series> series = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, Architecture> entry : models.entrySet()) {
            Architecture model = entry.getValue();
            KvPrecision precision = precisions.apply(entry.getKey());
            names.add(precision.name());
            List<Double> gib = contexts.stream().map(tokens -> KvCache.bytesPerSequence(model, precision,
                    tokens.longValue()).value() / Unit.GIB.factorToBase()).toList();
            series.add(Plot.Series.of(entry.getKey() + " (" + model.attention().kindInWords() + windowInWords(model)
                    + ", " + precision.name() + ")", contexts, gib));
        }
        String precision = names.size() == 1 ? names.iterator().next() : "each model at its precision";
        return new Plot(id, "KV cache of one sequence (" + precision + ") against context length",
                "context length (tokens)", "KV cache (GiB)", true, series, List.of());
    }

    private static String windowInWords(Architecture model) {
        return model.slidingLayers() == 0 ? "" : String.format(Locale.ROOT, "; %d of %d layers keep at most %d tokens",
                model.slidingLayers(), model.layers(), model.slidingWindow());
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
