package org.claimcheck.check.model;

import static java.lang.Math.multiplyExact;
import static org.claimcheck.check.model.ExactCount.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.check.StorageFormat;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * The KV cache a model keeps during generation, from its config: K and V per KV head for MHA/GQA/MQA, the
 * compressed latent plus the decoupled RoPE key for MLA. Main-model layers only (an MTP module used for speculative
 * decoding keeps its own small cache, not counted).
 */
final class KvCache {

    private KvCache() {
    }

    /**
     * Elements one token caches over all layers: {@code num_hidden_layers × per-layer elements}, where per layer
     * GQA caches {@code 2 × num_key_value_heads × head_dim} and MLA caches {@code kv_lora_rank + qk_rope_head_dim}.
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
     * Bytes one token caches: {@link #elementsPerToken} × bytes per element of {@code format}.
     *
     * @return bytes per token, at least 1
     * @throws ArithmeticException on overflow of {@code long}
     */
    public static ExactCount bytesPerToken(Architecture model, StorageFormat format) {
        ExactCount elements = elementsPerToken(model);
        long bytes = multiplyExact(elements.value(), format.bytes());
        List<String> steps = new ArrayList<>(elements.steps());
        steps.add(String.format(Locale.ROOT, "%s elements × %d bytes (%s) = %s bytes per token",
                grouped(elements.value()), format.bytes(), format, grouped(bytes)));
        return new ExactCount(bytes, withFormat(elements.inputs(), format), steps);
    }

    /**
     * Bytes the cache of one sequence holds after {@code contextTokens} tokens: bytes per token × cached tokens,
     * where a Mistral sliding window caps the cached tokens at {@code sliding_window}.
     *
     * @param contextTokens tokens in the sequence, at least 1
     * @return bytes for one sequence
     * @throws IllegalArgumentException when {@code contextTokens < 1}
     * @throws ArithmeticException      on overflow of {@code long}
     */
    public static ExactCount bytesPerSequence(Architecture model, StorageFormat format, long contextTokens) {
        if (contextTokens < 1) {
            throw new IllegalArgumentException("contextTokens must be >= 1, got " + contextTokens);
        }
        ExactCount perToken = bytesPerToken(model, format);
        long cached = cachedTokens(model, contextTokens);
        long bytes = multiplyExact(perToken.value(), cached);
        List<String> steps = new ArrayList<>(perToken.steps());
        steps.add(String.format(Locale.ROOT, "%s bytes × %s cached tokens%s = %s bytes (%.3f GiB) for one sequence",
                grouped(perToken.value()), grouped(cached), cached < contextTokens ? " (sliding_window "
                        + model.slidingWindow() + ")" : "", grouped(bytes), bytes / Unit.GIB.factorToBase()));
        return new ExactCount(bytes, perToken.inputs(), steps);
    }

    /** Tokens whose keys and values are cached after {@code contextTokens} tokens. */
    static long cachedTokens(Architecture model, long contextTokens) {
        return model.slidingWindow() > 0 ? Math.min(contextTokens, model.slidingWindow()) : contextTokens;
    }

    private static List<SourcedValue> inputs(Architecture model) {
        return model.fields("num_hidden_layers", "num_key_value_heads", "head_dim", "num_attention_heads",
                "hidden_size", "kv_lora_rank", "qk_rope_head_dim", "sliding_window");
    }

    private static List<SourcedValue> withFormat(List<SourcedValue> inputs, StorageFormat format) {
        List<SourcedValue> all = new ArrayList<>(inputs);
        Source source = format.source();
        all.add(new SourcedValue("bytes per element (" + format + ")", format.bytes(), Unit.BYTES, source));
        return all;
    }
}
