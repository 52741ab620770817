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
 * {@code fp8.gradient-underflow} (experiment E3): gradients clipped to global norm 1.0 over a large parameter count,
 * cast to FP8 unscaled or with scaling: share flushed to zero, overflow count, error.
 */
final class GradientUnderflowCheck implements Check {

    /** DeepSeek-V3's gradient clipping norm (R §4.2 p.23; the same in V2 §3.1.2 p.12, without FP8). */
    static final double REPORT_CLIP_NORM = 1.0;
    /** DeepSeek-V3's total parameters (R abstract p.1). */
    static final double REPORT_TOTAL_PARAMETERS = 671e9;
    private static final double[] SWEEP_PARAMETER_COUNTS = {1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};
    private static final int SWEEP_ROWS = 4;

    @Override
    public String kind() {
        return "fp8.gradient-underflow";
    }

    @Override
    public String summary() {
        return "E3: share of clipped gradient elements flushed to zero (ratio), overflow count or error when cast "
                + "to FP8 unscaled or scaled, mean over seeds";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Quantizer.FORMAT,
                Parameter.optional("strategy", Named.oneOf(Scaling.class),
                        "scaling before the cast (default none: the clipped values cast as they are)"),
                Parameter.optional("metric", Named.oneOf(ErrorMetric.class),
                        "the number returned (default flushed-share)"),
                Parameter.optional("parameter_count", "a number in [1, 1e15]",
                        "parameters the global norm is taken over (default 671e9, DeepSeek-V3, R p.1)"),
                Parameter.optional("clip_norm", "a number in [1e-12, 1e6]", "global norm after clipping (default 1.0, "
                        + "R §4.2 p.23)"),
                Parameter.optional("distribution", "gaussian or student-t",
                        "element distribution with the clipped RMS (default gaussian)"),
                Parameter.optional("rows", "an integer in [1, 4096]", "rows of 1024 sampled elements (default 16)"),
                SeedSweep.SEED, SeedSweep.SEEDS);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        FloatFormat format = parameters.choice("format", FloatFormat.E4M3);
        Scaling strategy = parameters.choice("strategy", Scaling.NONE);
        ErrorMetric metric = parameters.choice("metric", ErrorMetric.FLUSHED_SHARE);
        double parameterCount = parameters.number("parameter_count", REPORT_TOTAL_PARAMETERS, 1,
                1e15);
        double clipNorm = parameters.number("clip_norm", REPORT_CLIP_NORM, 1e-12, 1e6);
        boolean heavyTailed = parameters.choice("distribution", "gaussian", List.of("gaussian", "student-t"))
                .equals("student-t");
        int rows = (int) parameters.integer("rows", 16, 1, 4096);
        SeedSweep seeds = SeedSweep.of(parameters);
        ClippedGradients gradients = new ClippedGradients(parameterCount, clipNorm, rows, heavyTailed);
        double[] values = new double[seeds.count()];
        for (int s = 0; s < seeds.count(); s++) {
            values[s] = metric.of(gradients.cast(seeds.seed(s), format, strategy));
        }
        MeanInterval result = seeds.interval(metric.id(), values);
        List<String> steps = new ArrayList<>(steps(gradients, format, seeds));
        steps.add(String.format(Locale.ROOT, "%s, %s: %s = %s", format, strategy.id(), metric.id(),
                result.describe("%.6g")));
        Plot plot = plot(gradients, format, seeds.first(), steps);
        return Measurement.of(Quantity.of(result.mean(), metric.unit()), inputs(format), steps).withPlot(plot);
    }

    private static List<String> steps(ClippedGradients gradients, FloatFormat format, SeedSweep seeds) {
        return List.of(
                "order in a training step: the FP8 casts are inputs of the Fprop, Dgrad and Wgrad GEMMs (R §3.3.1 "
                        + "p.15, Fig. 6); Wgrad outputs weight gradients in FP32, which are kept in FP32 (R §3.3.3 "
                        + "p.18); global-norm clipping (norm 1.0, R §4.2 p.23) acts on those FP32 gradients after the "
                        + "backward pass, so it never touches an FP8 tensor; V2 uses the same clip norm without "
                        + "FP8 (V2 §3.1.2 p.12)",
                String.format(Locale.ROOT, "if the gradient of %.4g parameters is clipped to global norm %.4g, its "
                        + "elements have RMS %.4g / √%.4g = %.4g; %s min subnormal = %.4g, max = %.4g",
                        gradients.parameterCount(), gradients.clipNorm(), gradients.clipNorm(),
                        gradients.parameterCount(), gradients.elementRms(), format, format.minSubnormal(),
                        format.maxFinite()),
                String.format(Locale.ROOT, "%d × %d elements drawn from %s with that RMS; %s", gradients.rows(),
                        ClippedGradients.COLUMNS, gradients.heavyTailed() ? "Student's t (3 d.o.f.)" : "N(0, 1)",
                        seeds.describe()));
    }

    private static Plot plot(ClippedGradients base, FloatFormat format, long seed, List<String> steps) {
        List<Plot.Series> series = new ArrayList<>();
        for (Scaling strategy : List.of(Scaling.NONE, Scaling.TILE_1X128)) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (double count : SWEEP_PARAMETER_COUNTS) {
                ClippedGradients sweep = new ClippedGradients(count, base.clipNorm(), SWEEP_ROWS, base.heavyTailed());
                x.add(count);
                y.add(sweep.cast(seed, format, strategy).flushedShare());
            }
            steps.add(String.format(Locale.ROOT, "sweep (seed %d, %d × %d elements), %s flushed share at 1e3…1e12 "
                    + "parameters: %s", seed, SWEEP_ROWS, ClippedGradients.COLUMNS, strategy.id(),
                    y.stream().map(v -> String.format(Locale.ROOT, "%.3g", v)).toList()));
            series.add(Plot.Series.of(format + " " + strategy.id(), x, y));
        }
        return new Plot("fp8-gradient-underflow", "E3: clipped gradients flushed to zero vs parameter count",
                "parameters under the global norm", "flushed share (ratio)", true, series, List.of());
    }

    private static List<SourcedValue> inputs(FloatFormat format) {
        return List.of(
                new SourcedValue("gradient clipping norm", REPORT_CLIP_NORM, Unit.RATIO, Fp8Sources.R_CLIP_NORM),
                new SourcedValue("gradient clipping norm, DeepSeek-V2 (no FP8)", REPORT_CLIP_NORM, Unit.RATIO,
                        Fp8Sources.V2_CLIP_NORM),
                new SourcedValue("DeepSeek-V3 total parameters", REPORT_TOTAL_PARAMETERS, Unit.PARAMETERS,
                        Fp8Sources.R_TOTAL_PARAMETERS),
                new SourcedValue(format + " min subnormal", format.minSubnormal(), Unit.RATIO,
                        Fp8Sources.definition(format)));
    }
}
