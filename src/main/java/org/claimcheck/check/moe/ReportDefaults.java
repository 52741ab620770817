package org.claimcheck.check.moe;

import java.util.regex.Pattern;
import org.claimcheck.check.FigureFile;
import org.claimcheck.check.Inputs;
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

    private final FigureFile report;

    ReportDefaults(FigureFile report) {
        this.report = report;
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
