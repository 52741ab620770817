package org.claimcheck.check.model;

import static java.lang.Math.addExact;
import static java.lang.Math.multiplyExact;
import static org.claimcheck.check.model.ExactCount.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.SourcedValue;

/**
 * FLOPs per token from a config: {@code 2 ×} the matrix weights one token multiplies (one multiply and one add
 * each) plus the attention score ({@code Q·Kᵀ}) and context ({@code softmax·V}) products over the keys it attends.
 * Norms, activations, softmax and RoPE are not counted. MLA is counted as trained, without weight absorption.
 */
final class ForwardFlops {

    /** Training FLOPs per forward FLOP: forward plus a backward of twice the forward (issue 3). */
    public static final long TRAINING_MULTIPLIER = 3;

    /** The result: FLOPs per token with inputs and steps. */
    public record Result(double flopsPerToken, List<SourcedValue> inputs, List<String> steps) {
        public Result {
            inputs = List.copyOf(inputs);
            steps = List.copyOf(steps);
        }
    }

    private ForwardFlops() {
    }

    /**
     * Forward FLOPs per token: {@code 2·W + 2·h·(d_qk + d_v)·Σ_layers keys}, with {@code W} the active matrix
     * weights, {@code h} query heads, {@code d_qk}/{@code d_v} the score and value dimensions per head and
     * {@code keys} per layer from {@link AttentionSpan#keysPerToken}, capped at the window on sliding-window layers.
     * Attention sinks (gpt-oss) add one logit per head and are not counted.
     *
     * @param contextTokens sequence length in tokens, at least 1
     * @return FLOPs per token, positive
     * @throws IllegalArgumentException when {@code contextTokens < 1}
     */
    public static Result forward(Architecture model, long contextTokens, AttentionSpan span) {
        if (contextTokens < 1) {
            throw new IllegalArgumentException("contextTokens must be >= 1, got " + contextTokens);
        }
        long weights = ParameterCount.activeMatmulWeights(model);
        long matmul = multiplyExact(2, weights);
        Attention attention = model.attention();
        long perKey = multiplyExact(multiplyExact(2, attention.heads()),
                addExact(attention.scoreDimsPerHead(), attention.valueDimsPerHead()));
        double keys = model.fullAttentionLayers() * span.keysPerToken(contextTokens, 0)
                + model.slidingLayers() * span.keysPerToken(contextTokens, model.slidingWindow());
        double attend = perKey * keys;
        double total = matmul + attend;
        List<String> steps = List.of(
                "matrix weights one token multiplies (attention projections, dense MLP or router and chosen "
                        + "experts, output head; no norms, biases or embedding lookup): " + grouped(weights),
                "2 FLOPs per weight: " + grouped(matmul) + " FLOPs",
                attentionStep(model, perKey, keys, span, contextTokens) + String.format(Locale.ROOT,
                        " = %.6e FLOPs", attend),
                String.format(Locale.ROOT, "forward = %.6e FLOPs per token (%.2f GFLOPs)", total, total / 1e9));
        return new Result(total, model.fields(), steps);
    }

    private static String attentionStep(Architecture model, long perKey, double keys, AttentionSpan span,
                                        long contextTokens) {
        Attention attention = model.attention();
        String layers = model.slidingLayers() == 0 ? model.layers() + " layers"
                : String.format(Locale.ROOT, "%d full layers + %d layers with sliding_window %d",
                        model.fullAttentionLayers(), model.slidingLayers(), model.slidingWindow());
        return String.format(Locale.ROOT, "attention scores and context: 2 × %d heads × (%d + %d) dims = %s FLOPs per "
                        + "key and layer × %.1f keys summed over %s (%s over %s tokens)", attention.heads(),
                attention.scoreDimsPerHead(), attention.valueDimsPerHead(), grouped(perKey), keys, layers, span.id(),
                grouped(contextTokens));
    }

    /** {@link #TRAINING_MULTIPLIER} × {@link #forward}: training FLOPs per token. */
    public static Result training(Architecture model, long contextTokens, AttentionSpan span) {
        Result forward = forward(model, contextTokens, span);
        double total = TRAINING_MULTIPLIER * forward.flopsPerToken();
        List<String> steps = new ArrayList<>(forward.steps());
        steps.add(String.format(Locale.ROOT, "training = 3 × forward (backward ≈ 2 × forward) = %.6e FLOPs per "
                + "token (%.2f GFLOPs)", total, total / 1e9));
        return new Result(total, forward.inputs(), steps);
    }
}
