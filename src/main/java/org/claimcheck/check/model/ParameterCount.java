package org.claimcheck.check.model;

import static java.lang.Math.addExact;
import static java.lang.Math.multiplyExact;
import static org.claimcheck.check.model.ExactCount.billions;
import static org.claimcheck.check.model.ExactCount.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.claimcheck.check.SourcedValue;

/**
 * Parameter counts of a model from its {@link Architecture}: every weight tensor of the main model, the weights one
 * token's forward pass uses, and the multi-token-prediction modules apart. Exact integers; overflow throws.
 *
 * <p>Conventions (issue 3): the input embedding is a lookup, not a product, so {@link #active} leaves it out and
 * {@link #activeWithEmbedding} adds it; the output head is multiplied and always counts as active. RMSNorm weights
 * and the DeepSeek-V3 routing bias are read by every token and count as active; they are not matrix weights, so
 * {@link #activeMatmulWeights} leaves them out.
 */
final class ParameterCount {

    private ParameterCount() {
    }

    /**
     * Every weight tensor of the main model: embedding, {@code num_hidden_layers} decoder layers (attention, two
     * RMSNorms, dense MLP or experts with router), final norm and an untied output head. MTP modules excluded.
     *
     * @return parameters, at least 1
     * @throws ArithmeticException on overflow of {@code long}
     * @see <a href="https://arxiv.org/abs/2412.19437">R, §2 and §4.2 p.22 (671B for DeepSeek-V3)</a>
     */
    public static ExactCount total(Architecture model) {
        List<String> steps = new ArrayList<>(LayerParams.describe(model));
        long layers = layerSum(model, LayerParams.Group::paramsPerLayer, "", steps);
        long embedding = LayerParams.embedding(model);
        long head = model.tiedEmbeddings() ? 0 : embedding;
        steps.add(headStep(model));
        long total = addExact(addExact(layers, embedding), addExact(head, model.hidden()));
        steps.add(String.format(Locale.ROOT, "total = embedding %s + layers %s + final norm %s + output head %s = %s"
                        + " (%s)%s", grouped(embedding), grouped(layers), grouped(model.hidden()), grouped(head),
                grouped(total), billions(total), model.mtpLayers() > 0 ? "; the MTP module is counted apart" : ""));
        return new ExactCount(total, countInputs(model), steps);
    }

    /**
     * The weights one token's forward pass uses, input embedding left out: per layer the attention, the norms and
     * either the dense MLP or the router with its bias plus {@code num_experts_per_tok} routed and all shared
     * experts; then the final norm and the output head.
     *
     * @return parameters, at least 1
     * @throws ArithmeticException on overflow of {@code long}
     * @see <a href="https://arxiv.org/abs/2412.19437">R, abstract p.1 (37B activated for DeepSeek-V3)</a>
     */
    public static ExactCount active(Architecture model) {
        return activeCount(model, false);
    }

    /** {@link #active} plus the input embedding table ({@code vocab_size × hidden_size}) once. */
    public static ExactCount activeWithEmbedding(Architecture model) {
        return activeCount(model, true);
    }

    /**
     * {@link #total} less the embedding table and, when untied, the output head: the "non-embedding" count of the
     * Qwen model cards and the Gemma 2 report.
     *
     * @return parameters, at least 1
     * @throws ArithmeticException on overflow of {@code long}
     * @see <a href="https://arxiv.org/abs/2408.00118">Gemma 2 report, Table 2 p.3 (non-embedding parameters)</a>
     */
    public static ExactCount nonEmbedding(Architecture model) {
        ExactCount total = total(model);
        long table = LayerParams.embedding(model);
        long tables = model.tiedEmbeddings() ? table : multiplyExact(2, table);
        long value = Math.subtractExact(total.value(), tables);
        List<String> steps = new ArrayList<>(total.steps());
        steps.add(String.format(Locale.ROOT, "non-embedding = total %s − %s %s = %s (%s)", grouped(total.value()),
                model.tiedEmbeddings() ? "the tied embedding table" : "embedding and output head", grouped(tables),
                grouped(value), billions(value)));
        return new ExactCount(value, total.inputs(), steps);
    }

    /**
     * The parameters of the multi-token-prediction modules ({@code num_nextn_predict_layers}), apart from the main
     * model, as the DeepSeek-V3 checkpoint lays them out: per module enorm and hnorm ({@code d} each), eh_proj
     * ({@code 2d × d}), one decoder layer and shared_head.norm ({@code d}). The embedding and output head are shared
     * with the main model (R §2.2 p.10) and not counted.
     *
     * @return parameters, 0 when the config has no MTP module
     * @throws ArithmeticException on overflow of {@code long}
     */
    public static ExactCount mtp(Architecture model) {
        long modules = model.mtpLayers();
        if (modules == 0) {
            return new ExactCount(0, countInputs(model), List.of("the config has no multi-token-prediction module: 0"));
        }
        long withExperts = model.experts().moeLayersIn(model.layers(), addExact(model.layers(), modules));
        long hidden = model.hidden();
        long frame = addExact(multiplyExact(multiplyExact(2, hidden), hidden), multiplyExact(3, hidden));
        long total = addExact(multiplyExact(modules, frame), addExact(
                multiplyExact(withExperts, LayerParams.layer(model, true)),
                multiplyExact(modules - withExperts, LayerParams.layer(model, false))));
        List<String> steps = List.of(
                String.format(Locale.ROOT, "per MTP module: enorm %d + hnorm %d + eh_proj %d×%d + shared_head.norm %d"
                        + " = %s, plus one decoder layer", hidden, hidden, 2 * hidden, hidden, hidden, grouped(frame)),
                String.format(Locale.ROOT, "%d module(s) of layer index %d on: %d with experts × %s + %d dense × %s",
                        modules, model.layers(), withExperts, grouped(LayerParams.layer(model, true)),
                        modules - withExperts, grouped(LayerParams.layer(model, false))),
                "MTP total " + grouped(total) + " (" + billions(total) + "); its embedding and output head are "
                        + "shared with the main model and not counted here");
        return new ExactCount(total, countInputs(model), steps);
    }

    /**
     * The matrix weights one token's forward pass multiplies: attention projections, the dense MLP or the router
     * and active experts, and the output head; no norms, biases or embedding lookup.
     *
     * @return parameters, at least 1
     * @throws ArithmeticException on overflow of {@code long}
     */
    public static long activeMatmulWeights(Architecture model) {
        long dense = multiplyExact(model.denseLayers(), LayerParams.activeMatmul(model, false));
        long moe = multiplyExact(model.moeLayers(), LayerParams.activeMatmul(model, true));
        return addExact(LayerParams.embedding(model), addExact(dense, moe));
    }

    private static ExactCount activeCount(Architecture model, boolean withEmbedding) {
        List<String> steps = new ArrayList<>(LayerParams.describe(model));
        long layers = layerSum(model, LayerParams.Group::activePerLayer, " active", steps);
        long table = LayerParams.embedding(model);
        long embedding = withEmbedding && !model.tiedEmbeddings() ? table : 0;
        long total = addExact(addExact(layers, model.hidden()), addExact(table, embedding));
        steps.add(String.format(Locale.ROOT, "active = layers %s + final norm %d + output head %s%s = %s (%s)",
                grouped(layers), model.hidden(), grouped(table), withEmbedding ? " + input embedding "
                        + grouped(embedding) : "", grouped(total), billions(total)));
        steps.add(embeddingConvention(model, withEmbedding));
        return new ExactCount(total, countInputs(model), steps);
    }

    /** The sum over the layer groups of count × {@code perLayer}, one step a group ("3 dense layers × … = …"). */
    private static long layerSum(Architecture model, ToLongFunction<LayerParams.Group> perLayer, String qualifier,
                                 List<String> steps) {
        long layers = 0;
        for (LayerParams.Group group : LayerParams.groups(model)) {
            long sum = multiplyExact(group.count(), perLayer.applyAsLong(group));
            steps.add(String.format(Locale.ROOT, "%d %s layers × %s%s = %s", group.count(), group.name(),
                    grouped(perLayer.applyAsLong(group)), qualifier, grouped(sum)));
            layers = addExact(layers, sum);
        }
        return layers;
    }

    /** The fields a count rests on: all but those that only set the context, the window or the storage format. */
    static List<SourcedValue> countInputs(Architecture model) {
        return model.fieldsExcept("rope_scaling.original_max_position_embeddings", "default context",
                "sliding_window", "sliding-window layers", "use_sliding_window", "max_window_layers",
                "weight bits (" + model.weightFormat() + ")");
    }

    private static String headStep(Architecture model) {
        long table = LayerParams.embedding(model);
        return model.tiedEmbeddings()
                ? "output head: tied to the embedding (tie_word_embeddings true), not counted again"
                : "output head lm_head: " + model.vocabSize() + " × " + model.hidden() + " = " + grouped(table);
    }

    private static String embeddingConvention(Architecture model, boolean withEmbedding) {
        if (model.tiedEmbeddings()) {
            return "embeddings are tied: the one table is the output head, counted once either way";
        }
        return withEmbedding
                ? "convention: input embedding table counted as if active (some vendors count it)"
                : "convention: the input embedding is a lookup and is left out; the output head is multiplied and "
                        + "counts (DeepSeek's 'activated' convention; vendors differ)";
    }
}
