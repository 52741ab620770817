package org.claimcheck.check.model;

import static java.lang.Math.addExact;
import static java.lang.Math.multiplyExact;
import static org.claimcheck.check.model.ExactCount.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parameters of the parts of a decoder layer: the closed forms {@link ParameterCount} sums. */
final class LayerParams {

    /** Layers of one kind in the main model, all of the same size. */
    record Group(String name, long count, long paramsPerLayer, long activePerLayer) {
    }

    private LayerParams() {
    }

    /** {@code vocab_size × hidden_size}: the embedding table, and the head when untied. */
    static long embedding(Architecture model) {
        return multiplyExact(model.vocabSize(), model.hidden());
    }

    /** All weights of a layer with or without experts: attention, two RMSNorms, dense MLP or experts and router. */
    static long layer(Architecture model, boolean moe) {
        long ffn = moe ? moeParams(model, model.experts().routed()) : denseMlp(model);
        return addExact(addExact(model.attention().paramsPerLayer(), norms(model)), ffn);
    }

    /** The weights of a layer one token uses: all but the routed experts it does not choose. */
    static long activeLayer(Architecture model, boolean moe) {
        long ffn = moe ? moeParams(model, model.experts().perToken()) : denseMlp(model);
        return addExact(addExact(model.attention().paramsPerLayer(), norms(model)), ffn);
    }

    /** The matrix weights of a layer one token multiplies: projections, router, chosen experts. */
    static long activeMatmul(Architecture model, boolean moe) {
        MixtureOfExperts experts = model.experts();
        long chosen = addExact(experts.perToken(), experts.shared());
        long ffn = moe ? addExact(multiplyExact(chosen, expert(model)), routerMatrix(model))
                : multiplyExact(3, multiplyExact(model.hidden(), model.denseIntermediate()));
        return addExact(model.attention().matmulWeightsPerLayer(), ffn);
    }

    /** The main model's layers grouped by kind, dense first. */
    static List<Group> groups(Architecture model) {
        List<Group> groups = new ArrayList<>();
        long dense = model.denseLayers();
        long moe = model.moeLayers();
        if (dense > 0) {
            groups.add(new Group("dense", dense, layer(model, false), activeLayer(model, false)));
        }
        if (moe > 0) {
            groups.add(new Group("MoE", moe, layer(model, true), activeLayer(model, true)));
        }
        return groups;
    }

    /** The per-tensor working shared by the counts, one line per part. */
    static List<String> describe(Architecture model) {
        List<String> steps = new ArrayList<>();
        steps.add(String.format(Locale.ROOT, "embedding: vocab_size %d × hidden_size %d = %s", model.vocabSize(),
                model.hidden(), grouped(embedding(model))));
        steps.add("attention per layer, " + model.attention().kindInWords() + ": "
                + model.attention().paramsInWords());
        steps.add(String.format(Locale.ROOT, "RMSNorms per layer: 2 × %d = %s", model.hidden(),
                grouped(norms(model))));
        if (model.denseLayers() > 0) {
            steps.add(String.format(Locale.ROOT, "dense MLP per layer: 3 × %d × %d (gate, up, down)%s = %s",
                    model.hidden(), model.denseIntermediate(), model.mlpBias() ? " + biases" : "",
                    grouped(denseMlp(model))));
        }
        if (model.moeLayers() > 0) {
            steps.add(expertsInWords(model));
        }
        return steps;
    }

    private static String expertsInWords(Architecture model) {
        MixtureOfExperts experts = model.experts();
        return String.format(Locale.ROOT, "experts per MoE layer (%d of %d layers): one expert 3 × %d × %d = %s; "
                        + "(%d routed + %d shared) experts + router %d × %d%s = %s; one token uses %d routed + %d "
                        + "shared + router = %s", model.moeLayers(), model.layers(), model.hidden(),
                experts.expertIntermediate(), grouped(expert(model)), experts.routed(), experts.shared(),
                experts.routed(), model.hidden(), experts.routingBias() ? " + routing bias " + experts.routed() : "",
                grouped(moeParams(model, experts.routed())), experts.perToken(), experts.shared(),
                grouped(moeParams(model, experts.perToken())));
    }

    private static long norms(Architecture model) {
        return multiplyExact(2, model.hidden());
    }

    private static long denseMlp(Architecture model) {
        long weights = multiplyExact(3, multiplyExact(model.hidden(), model.denseIntermediate()));
        long biases = model.mlpBias() ? addExact(multiplyExact(2, model.denseIntermediate()), model.hidden()) : 0;
        return addExact(weights, biases);
    }

    private static long expert(Architecture model) {
        return multiplyExact(3, multiplyExact(model.hidden(), model.experts().expertIntermediate()));
    }

    private static long routerMatrix(Architecture model) {
        return multiplyExact(model.experts().routed(), model.hidden());
    }

    /** Router, its bias, all shared experts and {@code routed} routed experts. */
    private static long moeParams(Architecture model, long routed) {
        MixtureOfExperts experts = model.experts();
        long router = addExact(routerMatrix(model), experts.routingBias() ? experts.routed() : 0);
        return addExact(multiplyExact(addExact(routed, experts.shared()), expert(model)), router);
    }
}
