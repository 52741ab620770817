package org.claimcheck.check.model;

import static java.lang.Math.addExact;
import static java.lang.Math.multiplyExact;
import static org.claimcheck.check.model.ExactCount.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Unit;

/**
 * The KV cache a model keeps during generation, from its config: K and V per KV head for MHA/GQA/MQA, the
 * compressed latent plus the decoupled RoPE key for MLA. A layer with a sliding window keeps at most its window of
 * tokens; every other layer keeps every token. Main-model layers only (an MTP module used for speculative decoding
 * keeps its own small cache, not counted).
 */
final class KvCache {

    private KvCache() {
    }

    /**
     * Elements one token caches over all layers, when every layer keeps it: {@code num_hidden_layers × per-layer
     * elements}, where per layer GQA caches {@code 2 × num_key_value_heads × head_dim} and MLA caches
     * {@code kv_lora_rank + qk_rope_head_dim}.
     *
     * @return elements per token, at least 1
     * @throws ArithmeticException on overflow of {@code long}
     * @see <a href="https://arxiv.org/abs/2412.19437">R, §2.1.1 p.8 (only c^KV and k^R are cached)</a>
     */
    public static ExactCount elementsPerToken(Architecture model) {
        long perLayer = model.attention().kvElementsPerTokenPerLayer();
        long elements = multiplyExact(perLayer, model.layers());
        List<String> steps = List.of(
                model.attention().kindInWords() + ", per layer: " + model.attention().kvInWords(),
                String.format(Locale.ROOT, "%s elements × %d layers = %s elements per token", grouped(perLayer),
                        model.layers(), grouped(elements)));
        return new ExactCount(elements, inputs(model), steps);
    }

    /**
     * Bytes one token caches when every layer keeps it: {@link #elementsPerToken} at {@code precision}, packed and
     * rounded up to whole bytes.
     *
     * @return bytes per token, at least 1
     * @throws ArithmeticException on overflow of {@code long}
     */
    public static ExactCount bytesPerToken(Architecture model, KvPrecision precision) {
        ExactCount elements = elementsPerToken(model);
        long bytes = precision.bytes(elements.value());
        List<String> steps = new ArrayList<>(elements.steps());
        steps.add(precision.bits() % Byte.SIZE == 0
                ? String.format(Locale.ROOT, "%s elements × %d bytes (%s) = %s bytes per token",
                        grouped(elements.value()), precision.bits() / Byte.SIZE, precision.name(), grouped(bytes))
                : String.format(Locale.ROOT, "%s elements × %d bits (%s) / 8, rounded up = %s bytes per token",
                        grouped(elements.value()), precision.bits(), precision.name(), grouped(bytes)));
        return new ExactCount(bytes, withPrecision(elements.inputs(), precision), steps);
    }

    /**
     * Bytes the cache of one sequence holds after {@code contextTokens} tokens: per-layer elements per token ×
     * (full-attention layers × n + sliding-window layers × min(n, window)), at {@code precision}, packed and rounded
     * up to whole bytes.
     *
     * @param contextTokens tokens in the sequence, at least 1
     * @return bytes for one sequence
     * @throws IllegalArgumentException when {@code contextTokens < 1}
     * @throws ArithmeticException      on overflow of {@code long}
     */
    public static ExactCount bytesPerSequence(Architecture model, KvPrecision precision, long contextTokens) {
        if (contextTokens < 1) {
            throw new IllegalArgumentException("contextTokens must be >= 1, got " + contextTokens);
        }
        ExactCount perToken = bytesPerToken(model, precision);
        long perLayer = model.attention().kvElementsPerTokenPerLayer();
        long layerTokens = cachedLayerTokens(model, contextTokens);
        long bytes = precision.bytes(multiplyExact(perLayer, layerTokens));
        List<String> steps = new ArrayList<>(perToken.steps());
        steps.add(cachedInWords(model, contextTokens, layerTokens));
        steps.add(String.format(Locale.ROOT, "%s elements × %s layer-tokens × %d bits / 8 = %s bytes (%.3f GiB) for "
                        + "one sequence", grouped(perLayer), grouped(layerTokens), precision.bits(), grouped(bytes),
                bytes / Unit.GIB.factorToBase()));
        List<SourcedValue> inputs = new ArrayList<>(perToken.inputs());
        inputs.addAll(model.fields("sliding_window", "sliding-window layers", "max_window_layers"));
        return new ExactCount(bytes, inputs, steps);
    }

    /**
     * Tokens cached summed over the layers after {@code contextTokens} tokens: {@code full × n + sliding × min(n, w)}.
     *
     * @throws ArithmeticException on overflow of {@code long}
     */
    static long cachedLayerTokens(Architecture model, long contextTokens) {
        long windowed = model.slidingWindow() > 0 ? Math.min(contextTokens, model.slidingWindow()) : contextTokens;
        return addExact(multiplyExact(model.fullAttentionLayers(), contextTokens),
                multiplyExact(model.slidingLayers(), windowed));
    }

    private static String cachedInWords(Architecture model, long contextTokens, long layerTokens) {
        if (model.slidingLayers() == 0) {
            return String.format(Locale.ROOT, "every layer keeps every token: %d layers × %s tokens = %s layer-tokens",
                    model.layers(), grouped(contextTokens), grouped(layerTokens));
        }
        return String.format(Locale.ROOT, "%d full-attention layers × %s tokens + %d sliding-window layers × min(%s, "
                        + "sliding_window %s) tokens = %s layer-tokens", model.fullAttentionLayers(),
                grouped(contextTokens), model.slidingLayers(), grouped(contextTokens),
                grouped(model.slidingWindow()), grouped(layerTokens));
    }

    private static List<SourcedValue> inputs(Architecture model) {
        return model.fields("num_hidden_layers", "num_key_value_heads", "head_dim", "num_attention_heads",
                "hidden_size", "kv_lora_rank", "qk_rope_head_dim");
    }

    private static List<SourcedValue> withPrecision(List<SourcedValue> inputs, KvPrecision precision) {
        List<SourcedValue> all = new ArrayList<>(inputs);
        all.add(precision.bits() % Byte.SIZE == 0
                ? new SourcedValue("bytes per element (" + precision.name() + ")", precision.bits() / Byte.SIZE,
                        Unit.BYTES, precision.source())
                : new SourcedValue("bits per element (" + precision.name() + ")", precision.bits(), Unit.BITS,
                        precision.source()));
        return all;
    }
}
