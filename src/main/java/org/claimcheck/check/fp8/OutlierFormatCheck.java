package org.claimcheck.check.fp8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.claim.Numbers;

/**
 * {@code fp8.outlier-format}: which of E4M3 and E5M2 loses fewer of the ordinary values when activations with outlier
 * channels are cast under one scaling strategy — the experiment E1 ({@code fp8.outliers}) run for both formats on the
 * same seeds, metric flushed-share over the regular channels. The result is a stated property:
 * {@code e4m3-flushes-less}, {@code e5m2-flushes-less} or {@code equal}, so a mechanism claim ("E4M3 handles outliers")
 * can be compared with what the arithmetic shows.
 */
public final class OutlierFormatCheck implements Check {

    @Override
    public String kind() {
        return "fp8.outlier-format";
    }

    @Override
    public String summary() {
        return "which FP8 format flushes fewer regular values to zero under outliers (e4m3-flushes-less, "
                + "e5m2-flushes-less or equal), from experiment E1";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("strategy", "one of " + String.join(", ", Scaling.ids()),
                        "scaling granularity both formats use (default per-tensor)"),
                Parameter.optional("outlier_scale", "a number in [1, 1e6]",
                        "factor of the outlier channels (default 10000)"),
                Fp8Parameters.SEED, Fp8Parameters.SEEDS);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("strategy", parameters.optionalString("strategy").orElse("per-tensor"));
        common.put("outlier_scale", parameters.optionalNumber("outlier_scale").orElse(1e4));
        common.put("metric", "flushed-share");
        common.put("population", "regular");
        parameters.optionalInteger("seed").ifPresent(seed -> common.put("seed", seed));
        parameters.optionalInteger("seeds").ifPresent(seeds -> common.put("seeds", seeds));
        Measurement e4m3 = context.measure("fp8.outliers", with(common, "E4M3"));
        Measurement e5m2 = context.measure("fp8.outliers", with(common, "E5M2"));
        double e4m3Flushed = e4m3.quantity().inBase();
        double e5m2Flushed = e5m2.quantity().inBase();
        String property = e4m3Flushed < e5m2Flushed ? "e4m3-flushes-less"
                : e5m2Flushed < e4m3Flushed ? "e5m2-flushes-less" : "equal";
        List<String> steps = new ArrayList<>(e4m3.steps());
        steps.addAll(e5m2.steps());
        steps.add(String.format(Locale.ROOT, "share of regular values flushed to zero, %s scaling, outliers × %s: "
                        + "E4M3 %s, E5M2 %s → %s", common.get("strategy"),
                Numbers.format(((Number) common.get("outlier_scale")).doubleValue()), Numbers.format(e4m3Flushed),
                Numbers.format(e5m2Flushed), property));
        List<org.claimcheck.check.SourcedValue> inputs = new ArrayList<>(e4m3.inputs());
        inputs.addAll(e5m2.inputs());
        Measurement result = Measurement.stated(property, inputs, steps);
        for (var plot : e4m3.plots()) {
            result = result.withPlot(plot);
        }
        return result;
    }

    private static Parameters with(Map<String, Object> common, String format) {
        Map<String, Object> values = new LinkedHashMap<>(common);
        values.put("format", format);
        return Parameters.of(values);
    }
}
