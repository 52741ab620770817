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
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.claim.Numbers;

/**
 * {@code fp8.outlier-format}: which of E4M3 and E5M2 loses fewer of the ordinary values when activations with outlier
 * channels are cast under one scaling strategy — the experiment E1 ({@code fp8.outliers}) run once for both formats on
 * the same samples, metric flushed-share over the regular channels. The result is a stated property:
 * {@code e4m3-flushes-less}, {@code e5m2-flushes-less} or {@code equal}, so a mechanism claim ("E4M3 handles outliers")
 * can be compared with what the arithmetic shows.
 */
final class OutlierFormatCheck implements Check {

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
                Parameter.optional("strategy", Named.oneOf(Scaling.class),
                        "scaling granularity both formats use (default per-tensor)"),
                Parameter.optional("outlier_scale", "a number in [1, 1e6]",
                        "factor of the outlier channels (default 10000)"),
                SeedSweep.SEED, SeedSweep.SEEDS);
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
        Map<String, Object> values = new LinkedHashMap<>(common);
        values.put("format", "E4M3");
        values.put("versus", "E5M2");
        Measurement compared = context.measure("fp8.outliers", Parameters.of(values));
        double difference = compared.quantity().inBase();
        String property = difference < 0 ? "e4m3-flushes-less" : difference > 0 ? "e5m2-flushes-less" : "equal";
        List<String> steps = new ArrayList<>(compared.steps());
        steps.add(String.format(Locale.ROOT, "share of regular values flushed to zero, %s scaling, outliers × %s: "
                        + "E4M3 minus E5M2 = %s → %s", common.get("strategy"),
                Numbers.format(((Number) common.get("outlier_scale")).doubleValue()), Numbers.format(difference),
                property));
        Measurement result = Measurement.stated(property, compared.inputs(), steps);
        for (var plot : compared.plots()) {
            result = result.withPlot(plot);
        }
        return result;
    }
}
