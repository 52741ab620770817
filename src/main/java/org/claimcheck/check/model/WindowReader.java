package org.claimcheck.check.model;

import java.util.List;
import org.claimcheck.check.StorageFormat;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * Reads which layers of a config attend through a sliding window, and the format its weights are stored in. Problems
 * go to the {@link ConfigJson}.
 */
final class WindowReader {

    /** The window and how many layers use it; {@code tokens} 0 and {@code layers} 0 when none does. */
    record Windows(long tokens, long layers) {
    }

    private static final String SLIDING = "sliding_attention";
    private static final String FULL = "full_attention";

    private WindowReader() {
    }

    /**
     * The sliding-window layers as the family's code builds them ({@link FamilyRules.Window}): Mistral's
     * {@code sliding_window} on every layer; Gemma 2's and gpt-oss's on the layers {@code layer_types} names
     * {@code sliding_attention}, by default the even-numbered ones ({@code ceil(layers / 2)}, layer 0 first); Qwen's
     * only with {@code use_sliding_window} true, on layers {@code i >= max_window_layers}.
     *
     * @param layers {@code num_hidden_layers}, at least 1
     */
    static Windows windows(ConfigJson config, FamilyRules rules, long layers) {
        return switch (rules.window()) {
            case NONE -> new Windows(0, 0);
            case EVERY_LAYER -> {
                long tokens = config.countOr("sliding_window", 1, Unit.TOKENS, 0, "attention sees the whole context");
                yield new Windows(tokens, tokens > 0 ? layers : 0);
            }
            case ALTERNATE -> alternate(config, rules, layers);
            case FROM_MAX_WINDOW_LAYERS -> fromMaxWindowLayers(config, rules, layers);
        };
    }

    private static Windows alternate(ConfigJson config, FamilyRules rules, long layers) {
        long tokens = config.countOr("sliding_window", 1, Unit.TOKENS, rules.windowDefault(),
                "default of this family's config class");
        List<String> types = config.layerWords("layer_types", layers, List.of(SLIDING, FULL));
        long sliding = types.isEmpty() ? (layers + 1) / 2 : types.stream().filter(SLIDING::equals).count();
        config.assumed("sliding-window layers", sliding, Unit.LAYERS, Source.file(config.citedPath(),
                config.stated("layer_types") ? "layer_types (entries sliding_attention)"
                        : "layer_types (absent; default of this family's config class: even layers slide)"));
        return new Windows(sliding > 0 ? tokens : 0, sliding);
    }

    private static Windows fromMaxWindowLayers(ConfigJson config, FamilyRules rules, long layers) {
        if (!config.flag("use_sliding_window", false, "default false: every layer sees the whole context")) {
            return new Windows(0, 0);
        }
        long tokens = config.countOr("sliding_window", 1, Unit.TOKENS, rules.windowDefault(),
                "default of this family's config class");
        long from = config.countOr("max_window_layers", 0, Unit.LAYERS, 28, "default 28 of the Qwen config classes");
        long sliding = Math.max(0, layers - Math.min(from, layers));
        return new Windows(sliding > 0 ? tokens : 0, sliding);
    }

    /**
     * The format of the checkpoint's weights from {@code torch_dtype} ({@code bfloat16}, {@code float16},
     * {@code float32}); BF16 when the config states none, as the source then says.
     */
    static StorageFormat weightFormat(ConfigJson config) {
        String dtype = config.optionalText("torch_dtype").orElse("");
        StorageFormat format = switch (dtype) {
            case "float16" -> StorageFormat.FP16;
            case "float32" -> StorageFormat.FP32;
            default -> StorageFormat.BF16;
        };
        boolean stated = dtype.equals("bfloat16") || format != StorageFormat.BF16;
        config.assumed("weight bits (" + format + ")", format.bits(), Unit.BITS, stated
                ? Source.file(config.citedPath(), "torch_dtype")
                : new Source("claimcheck", "BF16 when the config states no torch_dtype (or one other than bfloat16, "
                        + "float16, float32)"));
        return format;
    }
}
