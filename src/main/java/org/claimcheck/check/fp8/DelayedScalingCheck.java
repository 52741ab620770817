package org.claimcheck.check.fp8;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.check.stats.MeanInterval;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * {@code fp8.delayed-scaling} (experiment E5): overflows and error of history-based (delayed) per-tensor scaling
 * against online per-tensor and online 1×128 tile scaling, for an activation whose amax grows between steps.
 */
final class DelayedScalingCheck implements Check {

    @Override
    public String kind() {
        return "fp8.delayed-scaling";
    }

    @Override
    public String summary() {
        return "E5: overflow count (total over steps) or mean error of delayed vs online scaling of an activation "
                + "whose amax grows between steps, mean over seeds";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("strategy", Named.oneOf(GrowingActivations.Strategy.class),
                        "delayed: per-tensor scale from the amax history; online-tensor; online-tile: 1x128 tiles "
                                + "(default delayed)"),
                Parameter.optional("metric", Named.oneOf(ErrorMetric.class),
                        "overflow-count is summed over steps 1…steps−1, the others averaged (default overflow-count)"),
                Parameter.optional("format", Named.oneOf(FloatFormat.class), "default E4M3"),
                Parameter.optional("steps", "an integer in [2, 64]", "training steps, the first only fills the "
                        + "history (default 8)"),
                Parameter.optional("growth", "a number in [1, 100]", "amax factor from one step to the next "
                        + "(default 1.5)"),
                Parameter.optional("history", "an integer in [1, 1024]", "amax history length (default 4)"),
                Parameter.optional("rows", "an integer in [1, 1024]", "tokens per step (default 8)"),
                Parameter.optional("columns", "an integer in [1, 16384]", "channels (default 1024)"),
                SeedSweep.SEED, SeedSweep.SEEDS);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        GrowingActivations.Strategy strategy = parameters.choice("strategy", GrowingActivations.Strategy.DELAYED);
        ErrorMetric metric = parameters.choice("metric", ErrorMetric.OVERFLOW_COUNT);
        FloatFormat format = parameters.choice("format", FloatFormat.E4M3);
        GrowingActivations experiment = new GrowingActivations(
                (int) parameters.integer("steps", 8, 2, 64),
                parameters.number("growth", 1.5, 1, 100),
                (int) parameters.integer("history", 4, 1, 1024),
                (int) parameters.integer("rows", 8, 1, 1024),
                (int) parameters.integer("columns", 1024, 1, 16_384));
        SeedSweep seeds = SeedSweep.of(parameters);
        double[][][] perStep = perStep(experiment, format, metric, seeds);
        MeanInterval result = seeds.interval(metric.id(), aggregate(perStep[strategy.ordinal()], metric));
        List<String> steps = new ArrayList<>(steps(experiment, format, seeds));
        steps.add(String.format(Locale.ROOT, "%s: %s %s = %s", strategy.id(),
                metric == ErrorMetric.OVERFLOW_COUNT ? "total" : "mean over steps", metric.id(),
                result.describe("%.6g")));
        Plot plot = plot(perStep, metric, steps);
        List<SourcedValue> inputs = List.of(new SourcedValue(format + " largest finite value", format.maxFinite(),
                Unit.RATIO, Fp8Sources.definition(format)));
        return Measurement.of(Quantity.of(result.mean(), metric.unit()), inputs, steps).withPlot(plot);
    }

    /** values[strategy][step − 1][seed]. */
    private static double[][][] perStep(GrowingActivations experiment, FloatFormat format, ErrorMetric metric,
                                        SeedSweep seeds) {
        int strategies = GrowingActivations.Strategy.values().length;
        double[][][] perStep = new double[strategies][experiment.steps() - 1][seeds.count()];
        for (int s = 0; s < seeds.count(); s++) {
            QuantizationError[][] errors = experiment.run(format, seeds.seed(s));
            for (int g = 0; g < strategies; g++) {
                for (int t = 0; t < errors[g].length; t++) {
                    perStep[g][t][s] = metric.of(errors[g][t]);
                }
            }
        }
        return perStep;
    }

    /** Per seed: the sum (overflow count) or mean of the metric over steps. */
    private static double[] aggregate(double[][] byStep, ErrorMetric metric) {
        double[] values = new double[byStep[0].length];
        for (double[] step : byStep) {
            for (int s = 0; s < values.length; s++) {
                values[s] += step[s];
            }
        }
        if (metric != ErrorMetric.OVERFLOW_COUNT) {
            for (int s = 0; s < values.length; s++) {
                values[s] /= byStep.length;
            }
        }
        return values;
    }

    private static List<String> steps(GrowingActivations experiment, FloatFormat format, SeedSweep seeds) {
        return List.of(
                String.format(Locale.ROOT, "step t: %d × %d values of N(0, 1) × %.4g^t, t = 0 … %d; step 0 only "
                        + "fills the amax history; %s", experiment.rows(), experiment.columns(), experiment.growth(),
                        experiment.steps() - 1, seeds.describe()),
                String.format(Locale.ROOT, "delayed: s = %s max / (largest amax of the last %d steps), as "
                        + "tensor-wise frameworks do; online: s = max / current amax per tensor or per 1x128 tile, "
                        + "as DeepSeek-V3 does (R §3.3.2 p.17–18); values beyond max saturate and count as overflows",
                        format, experiment.history()));
    }

    private static Plot plot(double[][][] perStep, ErrorMetric metric, List<String> steps) {
        List<Plot.Series> series = new ArrayList<>();
        for (GrowingActivations.Strategy strategy : GrowingActivations.Strategy.values()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int t = 0; t < perStep[strategy.ordinal()].length; t++) {
                x.add((double) t + 1);
                y.add(SeedSweep.mean(perStep[strategy.ordinal()][t]));
            }
            steps.add(String.format(Locale.ROOT, "%s mean %s per step: %s", strategy.id(), metric.id(),
                    y.stream().map(v -> String.format(Locale.ROOT, "%.4g", v)).toList()));
            series.add(Plot.Series.of(strategy.id(), x, y));
        }
        return new Plot("fp8-delayed-scaling", "E5: " + metric.id() + " per step, delayed vs online scaling",
                "training step", metric.id() + " (" + metric.unit().symbol() + ")", false, series, List.of());
    }
}
