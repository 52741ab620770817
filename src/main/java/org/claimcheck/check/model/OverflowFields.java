package org.claimcheck.check.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.check.CheckException;
import org.claimcheck.claim.Source;

/**
 * Whether every count the calculator derives from a config fits in a {@code long}, and if not, which fields to blame.
 * The counts are exact integers that throw on overflow (STYLE), so a config whose parameter count passes 2^63 − 1 ≈
 * 9.2 × 10^18 (no model comes near: DeepSeek-V3 has 6.7 × 10^11) cannot be computed at all; such a config is refused
 * when it is read, naming its fields, rather than failing in whichever check happens to overflow first.
 */
final class OverflowFields {

    /** What is expected of a blamed field. */
    static final String EXPECTED = "a size for which the model's parameter, FLOP and KV-cache counts fit in 64 bits";

    /**
     * The size fields: raising one never lowers a count (ModelCountPropertiesTest). The placement fields
     * ({@code first_k_dense_replace}, {@code moe_layer_freq}, {@code decoder_sparse_step}, {@code mlp_only_layers},
     * {@code layer_types}), {@code sliding_window} and the context only lower counts, so they are never to blame.
     */
    private static final List<String> SIZE_FIELDS = List.of("vocab_size", "hidden_size", "num_hidden_layers",
            "intermediate_size", "num_attention_heads", "num_key_value_heads", "head_dim", "q_lora_rank",
            "kv_lora_rank", "qk_nope_head_dim", "qk_rope_head_dim", "v_head_dim", "num_local_experts",
            "n_routed_experts", "n_shared_experts", "num_experts", "num_experts_per_tok", "moe_intermediate_size",
            "shared_expert_intermediate_size", "num_nextn_predict_layers");

    /** Builds the architecture of a config, without this check. */
    interface Builder {
        Architecture build(ObjectNode root) throws CheckException;
    }

    private OverflowFields() {
    }

    /**
     * Whether every count fits: the four parameter counts, FLOPs per token and the KV cache of a sequence as long as
     * the checks and the {@code model} command accept ({@link ModelInputs#MAX_CONTEXT_TOKENS}) in the widest format.
     */
    static boolean fits(Architecture model) {
        KvPrecision widest = new KvPrecision("widest", KvPrecision.MAX_BITS, new Source("claimcheck",
                "the widest bit width a claim may give"));
        try {
            for (ParamScope scope : ParamScope.values()) {
                scope.count(model);
            }
            ForwardFlops.forward(model, ModelInputs.MAX_CONTEXT_TOKENS, AttentionSpan.CAUSAL_MEAN);
            KvCache.bytesPerSequence(model, widest, ModelInputs.MAX_CONTEXT_TOKENS);
            WeightStorage.of(model);
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    /**
     * The fields to blame for counts that do not fit. Size fields are lowered, largest value first and pass after pass,
     * each to the smallest power of two that keeps the config valid, until the counts fit; then every lowered field
     * whose own value the counts can take, with the others still lowered, is given back. One problem per field left,
     * largest first, in the form {@code path: field: expected …, got …}; a problem of the whole file if no lowering
     * makes the counts fit.
     */
    static List<String> problems(JsonNode root, String citedPath, Builder builder) {
        ObjectNode original = (ObjectNode) root;
        List<String> blamed = new ArrayList<>();
        Optional<ObjectNode> fitting = lowerUntilFits(original.deepCopy(), blamed, builder);
        if (fitting.isEmpty()) {
            return List.of(citedPath + ": expected sizes whose counts fit in 64 bits, got an overflow");
        }
        giveBack(fitting.get(), original, blamed, builder);
        return sizesByValue(original).stream().filter(field -> blamed.contains(field.getKey()))
                .map(field -> ConfigJson.problem(citedPath, field.getKey(), EXPECTED, field.getValue().toString()))
                .toList();
    }

    /** The config with size fields lowered until its counts fit, each field lowered added to {@code blamed}. */
    private static Optional<ObjectNode> lowerUntilFits(ObjectNode trial, List<String> blamed, Builder builder) {
        boolean lowering = true;
        while (lowering) {
            lowering = false;
            for (Map.Entry<String, Long> field : sizesByValue(trial)) {
                Optional<ObjectNode> lowered = blamed.contains(field.getKey()) ? Optional.empty()
                        : lowered(trial, field.getKey(), field.getValue(), builder);
                if (lowered.isPresent()) {
                    trial = lowered.get();
                    blamed.add(field.getKey());
                    lowering = true;
                    if (fits(trial, builder)) {
                        return Optional.of(trial);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Restores, latest lowered first, each blamed field the counts can take at its original value. */
    private static void giveBack(ObjectNode fitting, ObjectNode original, List<String> blamed, Builder builder) {
        ObjectNode trial = fitting;
        for (int i = blamed.size() - 1; i >= 0; i--) {
            ObjectNode restored = trial.deepCopy();
            restored.set(blamed.get(i), original.get(blamed.get(i)));
            if (fits(restored, builder)) {
                trial = restored;
                blamed.remove(i);
            }
        }
    }

    private static List<Map.Entry<String, Long>> sizesByValue(ObjectNode root) {
        return SIZE_FIELDS.stream().filter(field -> root.path(field).isIntegralNumber())
                .map(field -> Map.entry(field, root.get(field).asLong()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    /** The config with {@code field} at the smallest power of two below {@code value} that keeps it valid. */
    private static Optional<ObjectNode> lowered(ObjectNode root, String field, long value, Builder builder) {
        for (long candidate = 1; candidate > 0 && candidate < value; candidate *= 2) {
            ObjectNode trial = root.deepCopy().put(field, candidate);
            if (built(trial, builder).isPresent()) {
                return Optional.of(trial);
            }
        }
        return Optional.empty();
    }

    private static Optional<Architecture> built(ObjectNode root, Builder builder) {
        try {
            return Optional.of(builder.build(root));
        } catch (CheckException e) {
            return Optional.empty();
        }
    }

    private static boolean fits(ObjectNode root, Builder builder) {
        return built(root, builder).filter(OverflowFields::fits).isPresent();
    }
}
