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
import org.claimcheck.check.stats.SeededRandom;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * {@code fp8.outliers} (experiment E1): quantization error of activations with outliers, for each format × scaling
 * strategy, mean over seeds. Shows whether it is the format or the scaling granularity that copes with outliers.
 */
final class OutlierCheck implements Check {

    private static final List<FloatFormat> PLOTTED_FORMATS = List.of(FloatFormat.E4M3, FloatFormat.E5M2);

    @Override
    public String kind() {
        return "fp8.outliers";
    }

    @Override
    public String summary() {
        return "E1: error of casting activations with outliers (SQNR in dB, relative RMS error, flushed share, "
                + "overflow count) for a format and a scaling strategy, mean over seeds";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Quantizer.FORMAT,
                Parameter.optional("strategy", Named.oneOf(Scaling.class),
                        "scaling granularity (default per-tensor)"),
                Parameter.optional("metric", Named.oneOf(ErrorMetric.class),
                        "the number returned (default sqnr-db)"),
                Parameter.optional("distribution", "one of gaussian-outliers, student-t",
                        "gaussian-outliers: N(0,1) with outlier channels; student-t: 3 degrees of freedom "
                                + "(default gaussian-outliers)"),
                Parameter.optional("tokens", "an integer in [1, 4096]", "rows (default 16)"),
                Parameter.optional("channels", "an integer in [1, 65536]", "columns (default 1024)"),
                Parameter.optional("outlier_channels", "an integer in [0, channels]",
                        "channels scaled up, chosen at random (default 4)"),
                Parameter.optional("outlier_scale", "a number in [1, 1e6]",
                        "factor of the outlier channels (default 100)"),
                Parameter.optional("scale_kind", "fp32 or power-of-two", "scale representation (default fp32)"),
                Parameter.optional("population", "all or regular",
                        "values the error metrics are taken over: all, or only those outside the outlier channels "
                                + "(what outliers cost everyone else); overflow-count is always over all (default all)"),
                Parameter.optional("versus", Named.oneOf(FloatFormat.class),
                        "when given, the result is metric(format) − metric(versus) from the same samples"),
                SeedSweep.SEED, SeedSweep.SEEDS);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        FloatFormat format = parameters.choice("format", FloatFormat.E4M3);
        Scaling strategy = parameters.choice("strategy", Scaling.PER_TENSOR);
        ErrorMetric metric = parameters.choice("metric", ErrorMetric.SQNR_DB);
        OutlierActivations activations = activations(parameters);
        ScaleKind scaleKind = parameters.choice("scale_kind", ScaleKind.FP32);
        SeedSweep seeds = SeedSweep.of(parameters);
        List<FloatFormat> formats = new ArrayList<>(PLOTTED_FORMATS);
        if (!formats.contains(format)) {
            formats.add(format);
        }
        java.util.Optional<FloatFormat> versus = parameters.optionalString("versus").isPresent()
                ? java.util.Optional.of(parameters.choice("versus", FloatFormat.E5M2))
                : java.util.Optional.empty();
        versus.filter(other -> !formats.contains(other)).ifPresent(formats::add);
        boolean regularOnly = parameters.choice("population", "all", List.of("all", "regular")).equals("regular");
        double[][][] values = measure(activations, formats, scaleKind, metric, regularOnly, seeds);
        MeanInterval result = seeds.interval(metric.id(),
                values[formats.indexOf(format)][strategy.ordinal()]);
        List<String> steps = new ArrayList<>(List.of(
                describe(activations, seeds),
                "each group's scale s = max / amax (" + scaleKind.id() + "); x·s is cast with "
                        + "round-to-nearest-even, divided by s again; values beyond max saturate and count as overflows",
                String.format(Locale.ROOT, "%s, %s: %s over %s values = %s", format, strategy.id(), metric.id(),
                        regularOnly ? "regular-channel" : "all", result.describe("%.6g"))));
        double reported = result.mean();
        if (versus.isPresent()) {
            MeanInterval other = seeds.interval(metric.id(), values[formats.indexOf(versus.get())][strategy.ordinal()]);
            reported = result.mean() - other.mean();
            steps.add(String.format(Locale.ROOT, "%s, %s: %s = %s; difference %s − %s = %.6g", versus.get(),
                    strategy.id(), metric.id(), other.describe("%.6g"), format, versus.get(), reported));
        }
        Plot plot = plot(formats, values, activations, seeds, metric, steps);
        List<SourcedValue> inputs = List.of(
                new SourcedValue(format + " largest finite value", format.maxFinite(), Unit.RATIO,
                        Fp8Sources.definition(format)),
                new SourcedValue("tile width and block side", Scaling.GROUP_WIDTH, Unit.CHANNELS,
                        Fp8Sources.R_TILES));
        return Measurement.of(Quantity.of(reported, metric.unit()), inputs, steps).withPlot(plot);
    }

    private static OutlierActivations activations(Parameters parameters) throws CheckException {
        OutlierActivations.Distribution distribution = parameters.choice("distribution",
                OutlierActivations.Distribution.GAUSSIAN_OUTLIERS);
        int tokens = (int) parameters.integer("tokens", 16, 1, 4096);
        int channels = (int) parameters.integer("channels", 1024, 1, 65_536);
        int outlierChannels = (int) parameters.integer("outlier_channels", 4, 0, channels);
        double outlierScale = parameters.number("outlier_scale", 100, 1, 1e6);
        if ((long) tokens * channels > 1 << 22) {
            throw CheckException.invalid(String.format(Locale.ROOT,
                    "tokens: expected tokens × channels ≤ 4194304, got %d × %d", tokens, channels));
        }
        return new OutlierActivations(distribution, tokens, channels, outlierChannels, outlierScale);
    }

    /** values[format][strategy][seed]. */
    private static double[][][] measure(OutlierActivations activations, List<FloatFormat> formats,
                                        ScaleKind scaleKind, ErrorMetric metric, boolean regularOnly,
                                        SeedSweep seeds) {
        Scaling[] strategies = Scaling.values();
        double[][][] values = new double[formats.size()][strategies.length][seeds.count()];
        for (int k = 0; k < seeds.count(); k++) {
            OutlierActivations.Sample sample = activations.sample(SeededRandom.of(seeds.seed(k)));
            double[] original = sample.values();
            double[] quantized = new double[original.length];
            for (int f = 0; f < formats.size(); f++) {
                Quantizer quantizer = Quantizer.of(formats.get(f), scaleKind);
                for (Scaling strategy : strategies) {
                    long overflows = quantizer.quantize(original, activations.tokens(), activations.channels(),
                            strategy, quantized);
                    values[f][strategy.ordinal()][k] =
                            metric.of(QuantizationError.of(original, quantized, overflows,
                                    index -> !regularOnly || sample.regular(index)));
                }
            }
        }
        return values;
    }

    private static Plot plot(List<FloatFormat> formats, double[][][] values, OutlierActivations activations,
                             SeedSweep seeds, ErrorMetric metric, List<String> steps) {
        List<Plot.Series> series = new ArrayList<>();
        for (int f = 0; f < formats.size(); f++) {
            series.add(series(formats.get(f), values[f], seeds, metric, steps));
        }
        return new Plot("fp8-outliers", "E1: " + metric.id() + " by format and scaling ("
                + activations.distribution().id() + ", mean over " + seeds.count() + " seeds)", "scaling strategy",
                metric.id() + " (" + metric.unit().symbol() + ")", false, series, List.of());
    }

    private static Plot.Series series(FloatFormat format, double[][] byStrategy, SeedSweep seeds, ErrorMetric metric,
                                      List<String> steps) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (Scaling strategy : Scaling.values()) {
            double mean = SeedSweep.mean(byStrategy[strategy.ordinal()]);
            x.add((double) strategy.ordinal());
            y.add(mean);
            cells.add(String.format(Locale.ROOT, "%s %.4g", strategy.id(), mean));
        }
        steps.add(String.format(Locale.ROOT, "%s mean %s over %s: %s", format, metric.id(), seeds.describe(),
                String.join(", ", cells)));
        return new Plot.Series(format.name(), x, y, Named.ids(Scaling.class));
    }

    private static String describe(OutlierActivations activations, SeedSweep seeds) {
        String draw = activations.distribution() == OutlierActivations.Distribution.STUDENT_T
                ? "Student's t (3 degrees of freedom)"
                : String.format(Locale.ROOT, "N(0, 1) with %d random channels × %.4g", activations.outlierChannels(),
                activations.outlierScale());
        return String.format(Locale.ROOT, "activations: %d tokens × %d channels of %s; %s", activations.tokens(),
                activations.channels(), draw, seeds.describe());
    }
}
