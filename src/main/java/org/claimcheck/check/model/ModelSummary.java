package org.claimcheck.check.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.TrainingRecipe;
import org.claimcheck.claim.Fact;
import org.claimcheck.json.JsonTree;

/**
 * Everything a config implies, for the {@code model} command: counts, FLOPs, KV cache and training state, plus
 * notes on published figures. Field names are those of the command's JSON output.
 *
 * @param config                   the config file as cited
 * @param modelType                its {@code model_type}
 * @param params                   the parameter counts, by JSON field name, in output order
 * @param contextTokens            context for FLOPs and the per-sequence KV cache, tokens
 * @param flopsPerToken            forward FLOPs per token (causal mean over the context)
 * @param trainingFlopsPerToken    3 × {@code flopsPerToken}
 * @param kvPrecision              the width of a cached element: a format ({@code BF16}) or a bit width ({@code 6-bit})
 * @param counts                   KV-cache and architecture counts, by JSON field name, in output order
 * @param trainingStateBytes       bytes per parameter by recipe name
 * @param notes                    conventions and published figures, one line each
 */
public record ModelSummary(String config, String modelType, Map<String, Long> params, long contextTokens,
                           double flopsPerToken, double trainingFlopsPerToken, String kvPrecision,
                           Map<String, Long> counts, Map<String, Long> trainingStateBytes, List<String> notes) {


    public ModelSummary {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        trainingStateBytes = Collections.unmodifiableMap(new LinkedHashMap<>(trainingStateBytes));
        notes = List.copyOf(notes);
    }

    /**
     * Summarises a config.
     *
     * @param modelName     the library name the config is known by (its folder), for the facts about it
     * @param facts         the library's facts by qualified name (none for a config outside a library)
     * @param contextTokens context length in tokens, in [1, 2^20]
     * @param kvPrecision   the width of a cached KV element as the command line gives it: a format ({@code BF16},
     *                      {@code FP8} …) or a whole number of bits in [1, 64] ({@code 6})
     * @throws CheckException INVALID_INPUT when the precision is neither, a count overflows 64 bits or a fact of the
     *                        model's training recipe names no storage format; UNSTATED when the recipe's facts are
     *                        incomplete
     */
    public static ModelSummary of(Architecture model, String modelName, Function<String, Optional<Fact>> facts,
                                  long contextTokens, String kvPrecision) throws CheckException {
        // a bare number is a bit width, as a claim's `precision: 6` is; anything else must name a format
        KvPrecision format = ModelInputs.precision("--kv-precision", kvPrecision.matches("[0-9]{1,9}")
                ? (Object) Long.valueOf(kvPrecision) : kvPrecision);
        Map<String, Long> state = new LinkedHashMap<>();
        for (TrainingRecipe recipe : recipes(modelName, facts)) {
            state.put(recipe.name(), recipe.bytesPerParam());
        }
        return ModelInputs.exact(model.configPath(), () -> build(model, modelName, facts, contextTokens, format,
                state));
    }

    /** BF16 mixed precision, and the model's own recipe when its facts state one. */
    private static List<TrainingRecipe> recipes(String modelName, Function<String, Optional<Fact>> facts)
            throws CheckException {
        List<TrainingRecipe> recipes = new ArrayList<>(List.of(TrainingRecipe.bf16Mixed()));
        TrainingRecipe.stated(modelName, facts).ifPresent(recipes::add);
        return recipes;
    }

    private static ModelSummary build(Architecture model, String modelName, Function<String, Optional<Fact>> facts,
                                      long contextTokens, KvPrecision precision, Map<String, Long> state) {
        Map<String, Long> params = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (ParamScope scope : ParamScope.values()) {
            long value = scope.count(model).value();
            params.put(scope.jsonField(), value);
            notes.addAll(PublishedCounts.notes(modelName, scope, value, facts));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        long weights = WeightStorage.of(model).value();
        counts.put("weight_bytes", weights);
        notes.addAll(PublishedCounts.weightNotes(modelName, weights, facts));
        counts.put("kv_cache_elements_per_token", KvCache.elementsPerToken(model).value());
        counts.put("kv_cache_bytes_per_token", KvCache.bytesPerToken(model, precision).value());
        counts.put("kv_cache_bytes_per_sequence", KvCache.bytesPerSequence(model, precision, contextTokens)
                .value());
        counts.put("sliding_window_layers", model.slidingLayers());
        counts.put("layers", model.layers());
        counts.put("moe_layers", model.moeLayers());
        counts.put("attention_heads", model.attention().heads());
        counts.put("routed_experts", model.experts().routed());
        counts.put("shared_experts", model.experts().shared());
        counts.put("active_routed_experts", model.experts().perToken());
        notes.add(0, "active_params leaves the input embedding lookup out and counts the output head (DeepSeek's "
                + "convention); active_params_with_embedding adds the embedding table; vendors differ");
        double forward = ForwardFlops.forward(model, contextTokens, AttentionSpan.CAUSAL_MEAN).flopsPerToken();
        return new ModelSummary(model.configPath(), model.family().id(), params, contextTokens, forward,
                ForwardFlops.TRAINING_MULTIPLIER * forward, precision.name(), counts, state, notes);
    }

    /** The summary as a JSON object, fields in a fixed order, pretty-printed. */
    public String toJson() {
        ObjectNode root = JsonTree.object();
        root.put("config", config);
        root.put("model_type", modelType);
        params.forEach(root::put);
        root.put("context_tokens", contextTokens);
        root.put("flops_per_token", flopsPerToken);
        root.put("training_flops_per_token", trainingFlopsPerToken);
        root.put("kv_precision", kvPrecision);
        counts.forEach(root::put);
        ObjectNode state = root.putObject("training_state_bytes_per_param");
        trainingStateBytes.forEach(state::put);
        root.putArray("notes").addAll(notes.stream().map(root::textNode).toList());
        return root.toPrettyString();
    }

    /** The summary as an aligned two-column table, then the notes. */
    public List<String> toTable() {
        List<String> lines = new ArrayList<>();
        lines.add(row("config", config + " (" + modelType + ")"));
        params.forEach((field, value) -> lines.add(row(field, ExactCount.grouped(value) + "  ("
                + ExactCount.billions(value) + ")")));
        lines.add(row("context_tokens", ExactCount.grouped(contextTokens)));
        lines.add(row("flops_per_token", String.format(Locale.ROOT, "%.4e  (forward, causal mean)", flopsPerToken)));
        lines.add(row("training_flops_per_token", String.format(Locale.ROOT, "%.4e  (3 × forward)",
                trainingFlopsPerToken)));
        lines.add(row("kv_precision", kvPrecision));
        counts.forEach((field, value) -> lines.add(row(field, ExactCount.grouped(value))));
        trainingStateBytes.forEach((recipe, bytes) ->
                lines.add(row("training_state_bytes_per_param", bytes + "  (" + recipe + ")")));
        notes.forEach(note -> lines.add("note: " + note));
        return lines;
    }

    private static String row(String name, String value) {
        return String.format(Locale.ROOT, "%-30s %s", name, value);
    }
}
