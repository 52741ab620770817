package org.claimcheck.check.moe;

import java.util.regex.Pattern;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.FigureFile;
import org.claimcheck.check.Inputs;
import org.claimcheck.check.Parameter;
import org.claimcheck.unit.Unit;

/**
 * The figures of the DeepSeek-V3 report that the MoE experiments take when a claim gives no parameter: the
 * architecture (R §4.2, p.22), the hyper-parameters (pp.22–23) and the prefill deployment (§3.4.1, p.19), each read
 * from the library's figure file with its source.
 */
final class ReportDefaults {

    private static final String ARCHITECTURE = "architecture_sec4_2_p22";
    private static final String HPARAMS = "training_hparams_sec4_2_p22_23";
    private static final String DEPLOYMENT = "deployment_sec3_4_p19_20";
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)");
    private static final Pattern NODES = Pattern.compile("across (\\d+) nodes");

    /** Routed experts per MoE layer; R's 256 by default. */
    static final Parameter EXPERTS = Parameter.optional("experts", "an integer in [2, 4096]",
            "default 256 (R §4.2 p.22)");
    /** Routed experts per token; R's 8 by default. */
    static final Parameter TOP_K = Parameter.optional("top_k", "an integer in [1, experts]", "default 8 (R §4.2 p.22)");

    private final FigureFile report;

    ReportDefaults(FigureFile report) {
        this.report = report;
    }

    /** The {@link #EXPERTS} parameter, or R's routed experts per MoE layer, recorded. */
    int experts(Inputs inputs) throws CheckException {
        return (int) inputs.integerOr(EXPERTS.name(), 2, 4096, Unit.EXPERTS,
                architecture(EXPERTS.name(), Unit.EXPERTS, "routed_experts_per_moe_layer"));
    }

    /** The {@link #TOP_K} parameter, at most {@code experts}, or R's routed experts per token, recorded. */
    int topK(Inputs inputs, int experts) throws CheckException {
        return (int) inputs.integerOr(TOP_K.name(), 1, experts, Unit.EXPERTS,
                architecture(TOP_K.name(), Unit.EXPERTS, "routed_experts_activated_per_token"));
    }

    /** A figure of R's architecture paragraph (§4.2, p.22), such as {@code routed_experts_per_moe_layer}. */
    Inputs.Figure architecture(String name, Unit unit, String key) {
        return () -> report.value(name, unit, 1.0, "R", "§4.2, p.22", ARCHITECTURE, key);
    }

    /** A figure of R's prefill deployment (§3.4.1, p.19), such as {@code gpus}. */
    Inputs.Figure prefill(String name, Unit unit, String key) {
        return () -> report.value(name, unit, 1.0, "R", "§3.4.1, p.19", DEPLOYMENT, "prefill", key);
    }

    /** R's bias update speed γ, 0.001 for the first 14.3T tokens (§4.2, p.23). */
    Inputs.Figure gamma() {
        return () -> report.valueInText("gamma", Unit.RATIO, 1.0, LEADING_NUMBER, 1, "R", "§4.2, p.23", HPARAMS,
                "bias_update_speed_gamma");
    }

    /** The nodes a layer's routed experts span, 8 (64 GPUs on 8 nodes, R §4.2, p.23). */
    Inputs.Figure nodes() {
        return () -> report.valueInText("nodes", Unit.COUNT, 1.0, NODES, 1, "R", "§4.2, p.23", HPARAMS,
                "routed_experts_deployed_on");
    }
}
