package org.claimcheck.check.moe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.check.cost.BoundedParameters;
import org.claimcheck.check.cost.FigureFile;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * The inputs of an MoE experiment as they are read: each from the claim's parameters when given, else from the
 * report's figures (with their source) or from the check's documented default, and each recorded with its source.
 */
final class LabInputs {

    static final String ARCHITECTURE = "architecture_sec4_2_p22";
    static final String HPARAMS = "training_hparams_sec4_2_p22_23";
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)");
    private static final Pattern NODES = Pattern.compile("across (\\d+) nodes");

    private final Parameters parameters;
    private final FigureFile report;
    private final List<SourcedValue> recorded = new ArrayList<>();

    LabInputs(Parameters parameters, FigureFile report) {
        this.parameters = parameters;
        this.report = report;
    }

    /** An integer parameter, or the check's default, recorded. */
    long integer(String name, long fallback, long min, long max, Unit unit) throws CheckException {
        long value = BoundedParameters.integer(parameters, name, fallback, min, max);
        record(name, value, unit);
        return value;
    }

    /** A number parameter, or the check's default, recorded. */
    double number(String name, double fallback, double min, double max, Unit unit) throws CheckException {
        double value = BoundedParameters.number(parameters, name, fallback, min, max);
        record(name, value, unit);
        return value;
    }

    /** An integer parameter, or the report's figure at {@code path} (R §4.2), recorded with its source. */
    long reportInteger(String name, long min, long max, Unit unit, String... path) throws CheckException {
        if (parameters.names().contains(name)) {
            return integer(name, 0, min, max, unit);
        }
        return (long) add(report.value(name, unit, 1.0, "R", "§4.2, p.22", path));
    }

    /** An integer parameter, or R's deployment figure at {@code path} (§3.4.1, p.19), recorded with its source. */
    long prefill(String name, long min, long max, Unit unit, String... path) throws CheckException {
        if (parameters.names().contains(name)) {
            return integer(name, 0, min, max, unit);
        }
        return (long) add(report.value(name, unit, 1.0, "R", "§3.4.1, p.19", path));
    }

    /** R's bias update speed γ, 0.001 for the first 14.3T tokens (§4.2, p.23), unless the claim gives one. */
    double gamma(double max) throws CheckException {
        if (parameters.names().contains("gamma")) {
            return number("gamma", 0, 0, max, Unit.RATIO);
        }
        return add(report.valueInText("gamma", Unit.RATIO, 1.0, LEADING_NUMBER, 1, "R", "§4.2, p.23", HPARAMS,
                "bias_update_speed_gamma"));
    }

    /** The nodes a layer's routed experts span, 8 (64 GPUs on 8 nodes, R §4.2, p.23), unless the claim gives it. */
    long nodes(long max) throws CheckException {
        if (parameters.names().contains("nodes")) {
            return integer("nodes", 0, 1, max, Unit.COUNT);
        }
        return (long) add(report.valueInText("nodes", Unit.COUNT, 1.0, NODES, 1, "R", "§4.2, p.23", HPARAMS,
                "routed_experts_deployed_on"));
    }

    /** Everything read so far. */
    List<SourcedValue> recorded() {
        return List.copyOf(recorded);
    }

    private double add(SourcedValue value) {
        recorded.add(value);
        return value.value();
    }

    private void record(String name, double value, Unit unit) {
        String locator = parameters.names().contains(name) ? "with." + name : "default of the check";
        recorded.add(new SourcedValue(name, value, unit, new Source("claim", locator)));
    }
}
