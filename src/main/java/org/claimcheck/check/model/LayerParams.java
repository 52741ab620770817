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

    /** All weights of a layer with or without experts: attention, its RMSNorms, dense MLP or experts and router. */
    static long layer(Architecture model, boolean moe) {
        long ffn = moe ? moeParams(model, model.experts().routed()) : denseMlp(model);
        return addExact(addExact(model.attention().paramsPerLayer(), norms(model)), ffn);
    }

    /** The weights of a layer one token uses: all but the routed experts it does not choose. */
    static long activeLayer(Architecture model, boolean moe) {
        long ffn = moe ? moeParams(model, model.experts().perToken()) : denseMlp(model);
        return addExact(addExact(model.attention().paramsPerLayer(), norms(model)), ffn);
    }

    /** The matrix weights of a layer one token multiplies: projections, router, chosen and shared experts. */
    static long activeMatmul(Architecture model, boolean moe) {
        MixtureOfExperts experts = model.experts();
        long ffn = moe ? addExact(addExact(multiplyExact(experts.perToken(), expertMatrices(model)),
                        sharedMatrices(model)), addExact(routerMatrix(model), sharedGate(model)))
                : multiplyExact(3, multiplyExact(model.hidden(), model.denseIntermediate()));
        return addExact(model.attention().matmulWeightsPerLayer(), ffn);
    }

    /** The matrices of one routed expert, {@code 3 × hidden_size × width} (gate, up, down), in parameters. */
    static long expertMatrices(Architecture model) {
        return multiplyExact(3, multiplyExact(model.hidden(), model.experts().expertIntermediate()));
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
        steps.add(String.format(Locale.ROOT, "RMSNorms per layer: %d × %d = %s",
                model.family().rules().normsPerLayer(), model.hidden(), grouped(norms(model))));
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
        String shared = experts.shared() == 0 ? "" : String.format(Locale.ROOT, "; %d shared × 3 × %d × %d%s = %s",
                experts.shared(), model.hidden(), experts.sharedIntermediate(),
                experts.sharedGate() ? " + shared_expert_gate " + model.hidden() : "",
                grouped(addExact(sharedMatrices(model), sharedGate(model))));
        return String.format(Locale.ROOT, "experts per MoE layer (%d of %d layers): one routed expert 3 × %d × %d%s = "
                        + "%s; %d routed%s + router %d × %d%s = %s; one token uses %d routed%s + router = %s",
                model.moeLayers(), model.layers(), model.hidden(), experts.expertIntermediate(),
                experts.expertBiases() ? " + biases 2 × " + experts.expertIntermediate() + " + " + model.hidden() : "",
                grouped(expert(model)), experts.routed(), shared, experts.routed(), model.hidden(),
                experts.routingBias() ? " + router bias " + experts.routed() : "",
                grouped(moeParams(model, experts.routed())), experts.perToken(), experts.shared() > 0 ? " + shared"
                        : "", grouped(moeParams(model, experts.perToken())));
    }

    private static long norms(Architecture model) {
        return multiplyExact(model.family().rules().normsPerLayer(), model.hidden());
    }

    private static long denseMlp(Architecture model) {
        long weights = multiplyExact(3, multiplyExact(model.hidden(), model.denseIntermediate()));
        long biases = model.mlpBias() ? addExact(multiplyExact(2, model.denseIntermediate()), model.hidden()) : 0;
        return addExact(weights, biases);
    }

    /** One routed expert: its matrices, and biases {@code 2 × width + hidden_size} when it has them (gpt-oss). */
    private static long expert(Architecture model) {
        MixtureOfExperts experts = model.experts();
        long biases = experts.expertBiases()
                ? addExact(multiplyExact(2, experts.expertIntermediate()), model.hidden()) : 0;
        return addExact(expertMatrices(model), biases);
    }

    private static long sharedMatrices(Architecture model) {
        MixtureOfExperts experts = model.experts();
        return multiplyExact(experts.shared(), multiplyExact(3, multiplyExact(model.hidden(),
                experts.sharedIntermediate())));
    }

    private static long sharedGate(Architecture model) {
        return model.experts().sharedGate() ? model.hidden() : 0;
    }

    private static long routerMatrix(Architecture model) {
        return multiplyExact(model.experts().routed(), model.hidden());
    }

    /** Router, its bias, the shared experts with their gate and {@code routed} routed experts. */
    private static long moeParams(Architecture model, long routed) {
        MixtureOfExperts experts = model.experts();
        long router = addExact(routerMatrix(model), experts.routingBias() ? experts.routed() : 0);
        long shared = addExact(sharedMatrices(model), sharedGate(model));
        return addExact(addExact(multiplyExact(routed, expert(model)), shared), router);
    }
}
