package org.claimcheck.check.model;

import java.util.List;
import java.util.Objects;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.check.StorageFormat;

/**
 * What a {@code config.json} states about a model, in the terms the calculator needs, with every field it was read
 * from. Built by {@link ModelConfigReader}.
 *
 * @param configPath        the config file as reports cite it
 * @param family            its {@code model_type}
 * @param vocabSize         {@code vocab_size}, tokens, at least 1
 * @param hidden            {@code hidden_size}, channels, at least 1
 * @param layers            {@code num_hidden_layers} of the main model, at least 1
 * @param tiedEmbeddings    whether the output head reuses the input embedding ({@code tie_word_embeddings})
 * @param attention         the attention block, the same in every layer
 * @param denseIntermediate SwiGLU width of a dense MLP ({@code intermediate_size}); 0 when no layer is dense
 * @param mlpBias           whether dense MLP projections carry biases ({@code mlp_bias}, Llama only)
 * @param experts           the experts, or {@link MixtureOfExperts#none()}
 * @param mtpLayers         multi-token-prediction modules ({@code num_nextn_predict_layers}), at least 0
 * @param contextTokens     the default context for FLOPs: the pre-training length the config states, else 4096
 * @param slidingWindow     {@code sliding_window} in tokens of the layers that use one; 0 when attention sees the
 *                          whole context
 * @param slidingLayers     how many of the {@code num_hidden_layers} attend through the window: all (Mistral), the
 *                          alternate ones (Gemma 2, gpt-oss), none; 0 when {@code slidingWindow} is 0
 * @param weightFormat      the format the checkpoint stores its weights in ({@code torch_dtype}), MXFP4 experts aside
 * @param fields            every value read, each citing the file and field (or the default used)
 */
public record Architecture(String configPath, ModelFamily family, long vocabSize, long hidden, long layers,
                           boolean tiedEmbeddings, Attention attention, long denseIntermediate, boolean mlpBias,
                           MixtureOfExperts experts, long mtpLayers, long contextTokens, long slidingWindow,
                           long slidingLayers, StorageFormat weightFormat, List<SourcedValue> fields) {

    public Architecture {
        Objects.requireNonNull(configPath, "configPath");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(attention, "attention");
        Objects.requireNonNull(experts, "experts");
        Objects.requireNonNull(weightFormat, "weightFormat");
        fields = List.copyOf(fields);
        if (!(vocabSize >= 1 && hidden >= 1 && layers >= 1 && denseIntermediate >= 0 && mtpLayers >= 0
                && contextTokens >= 1 && slidingWindow >= 0 && slidingLayers >= 0 && slidingLayers <= layers
                && (slidingWindow > 0 || slidingLayers == 0))) {
            throw new IllegalArgumentException("inconsistent architecture of " + configPath);
        }
    }

    /** Layers of the main model with experts. */
    public long moeLayers() {
        return experts.moeLayersIn(0, layers);
    }

    /** Layers of the main model that attend over the whole context. */
    public long fullAttentionLayers() {
        return layers - slidingLayers;
    }

    /** Layers of the main model with a dense MLP. */
    public long denseLayers() {
        return layers - moeLayers();
    }

    /** The value read for a field, by the name it was recorded under. */
    public SourcedValue field(String name) {
        return fields.stream().filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name + " read from " + configPath));
    }

    /** The values read, but for the named fields. */
    public List<SourcedValue> fieldsExcept(String... names) {
        List<String> unwanted = List.of(names);
        return fields.stream().filter(value -> !unwanted.contains(value.name())).toList();
    }

    /** The values read for some fields, skipping names that were not read. */
    public List<SourcedValue> fields(String... names) {
        List<String> wanted = List.of(names);
        return fields.stream().filter(value -> wanted.contains(value.name())).toList();
    }
}
