package org.claimcheck.check.model;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.claimcheck.unit.Unit;

/** Counts a config states directly or by a simple rule; each is one check kind. */
enum ArchitectureCount {
    ROUTED_EXPERTS("model.routed-experts", "routed experts per MoE layer (0 for a dense model)", Unit.EXPERTS,
            model -> model.experts().routed(), List.of("n_routed_experts", "num_local_experts")),
    ACTIVE_ROUTED_EXPERTS("model.active-routed-experts", "routed experts one token activates per MoE layer",
            Unit.EXPERTS, model -> model.experts().perToken(), List.of("num_experts_per_tok")),
    SHARED_EXPERTS("model.shared-experts", "always-active shared experts per MoE layer", Unit.EXPERTS,
            model -> model.experts().shared(), List.of("n_shared_experts")),
    ATTENTION_HEADS("model.attention-heads", "query heads per attention layer", Unit.HEADS,
            model -> model.attention().heads(), List.of("num_attention_heads")),
    LAYERS("model.layers", "decoder layers of the main model (MTP modules apart)", Unit.LAYERS,
            Architecture::layers, List.of("num_hidden_layers")),
    MOE_LAYERS("model.moe-layers", "decoder layers of the main model with experts", Unit.LAYERS,
            Architecture::moeLayers,
            List.of("num_hidden_layers", "first_k_dense_replace", "moe_layer_freq", "n_routed_experts",
                    "num_local_experts"));

    private final String kind;
    private final String summary;
    private final Unit unit;
    private final ToLongFunction<Architecture> count;
    private final List<String> fields;

    ArchitectureCount(String kind, String summary, Unit unit, ToLongFunction<Architecture> count,
                      List<String> fields) {
        this.kind = kind;
        this.summary = summary;
        this.unit = unit;
        this.count = count;
        this.fields = fields;
    }

    public String kind() {
        return kind;
    }

    public String summary() {
        return summary + ", in " + unit.symbol();
    }

    public Unit unit() {
        return unit;
    }

    /** The count for a model; never negative. */
    public long count(Architecture model) {
        return count.applyAsLong(model);
    }

    /** The config fields the count rests on, as read. */
    List<String> fields() {
        return fields;
    }

    /** The working in one line. */
    String inWords(Architecture model) {
        if (this == MOE_LAYERS) {
            MixtureOfExperts experts = model.experts();
            return experts.present() ? String.format(Locale.ROOT, "layers i in [0, %d) with i >= "
                            + "first_k_dense_replace %d and i %% moe_layer_freq %d == 0: %d (dense: %d)",
                    model.layers(), experts.firstDenseLayers(), experts.layerFrequency(), model.moeLayers(),
                    model.denseLayers()) : "no experts in the config: 0 MoE layers";
        }
        return String.format(Locale.ROOT, "%s: %d %s, as the config states", summary, count(model), unit.symbol());
    }
}
