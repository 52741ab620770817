package org.claimcheck.check.fp8;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
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
 * {@code fp8.accumulation} (experiment E2): relative error of an FP8 GEMM against FP64 for FP32 accumulation, the
 * H800's ~14-bit accumulation, and that accumulation promoted to FP32 every N_C = 128 products, as K grows.
 */
final class AccumulationCheck implements Check {

    /** Accumulator bits the report states for H800 FP8 GEMM (R §3.3.2 p.17). */
    static final int REPORT_ACCUMULATOR_BITS = 14;
    /** N_C, the promotion interval (R §3.3.2 p.16–17). */
    static final int REPORT_PROMOTION_INTERVAL = 128;
    /** WGMMAs per N_C interval (R p.17): 128 / 4 = 32 products per instruction. */
    static final int WGMMAS_PER_INTERVAL = 4;
    /** The report's maximum relative error with limited accumulation at K = 4096: nearly 2% (R p.17). */
    static final double REPORT_MAX_RELATIVE_ERROR = 0.02;
    /** Products per WGMMA: N_C / 4 = 32. */
    static final int MMA_PRODUCTS = REPORT_PROMOTION_INTERVAL / WGMMAS_PER_INTERVAL;
    private static final int[] SWEEP = {256, 1024, 4096, 16_384};

    @Override
    public String kind() {
        return "fp8.accumulation";
    }

    @Override
    public String summary() {
        return "E2: relative error (ratio) of an FP8 GEMM vs FP64 for fp32, limited (~14-bit) and promoted "
                + "accumulation at inner dimension K, mean over seeds";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("accumulation", Named.oneOf(Accumulation.class),
                        "fp32, limited (14 bits over all of K) or promoted (limited, added to FP32 every interval "
                                + "products) (default limited)"),
                Parameter.optional("metric", Named.oneOf(GemmExperiment.Metric.class),
                        "max-relative-error: max|C−C_ref| / max|C_ref|; relative-frobenius-error "
                                + "(default max-relative-error)"),
                Parameter.optional("k", "a multiple of 32 in [32, 65536]",
                        "inner dimension K (default 4096, as R p.17)"),
                Parameter.optional("size", "an integer in [1, 64]", "M = N of the output (default 4)"),
                Parameter.optional("format", Named.oneOf(FloatFormat.class),
                        "input format, cast with one FP32 scale per tensor (default E4M3)"),
                Parameter.optional("accumulator_bits", "an integer in [4, 24]",
                        "bits the limited accumulator keeps (default 14, R p.17)"),
                Parameter.optional("interval", "a multiple of 32 in [32, 65536]",
                        "products between promotions to FP32, N_C (default 128, R p.16–17)"),
                Parameter.optional("truncation", "toward-zero or toward-negative",
                        "where the limited accumulator's dropped bits go (default toward-negative: R p.21's "
                                + "\"sign-fill right shifting\" of a two's-complement value)"),
                Parameter.optional("versus", Named.oneOf(Accumulation.class),
                        "when given, the result is 1 − error(accumulation) / error(versus) from the same runs: the "
                                + "share of versus's error that the chosen accumulation removes (ratio)"),
                SeedSweep.SEED, SeedSweep.SEEDS);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        Accumulation mode = parameters.choice("accumulation", Accumulation.LIMITED);
        GemmExperiment.Metric metric = parameters.choice("metric", GemmExperiment.Metric.MAX_RELATIVE_ERROR);
        int k = (int) parameters.integer("k", 4096, MMA_PRODUCTS, 65_536);
        requireMultiple("k", k);
        GemmExperiment experiment = experiment(parameters);
        SeedSweep seeds = SeedSweep.of(parameters);
        int[] innerDims = IntStream.concat(IntStream.of(SWEEP), IntStream.of(k)).distinct().sorted().toArray();
        double[][][][] bySeed = new double[seeds.count()][][][];
        for (int s = 0; s < seeds.count(); s++) {
            bySeed[s] = experiment.errors(innerDims, seeds.seed(s));
        }
        int kIndex = IntStream.range(0, innerDims.length).filter(i -> innerDims[i] == k).findFirst().orElseThrow();
        MeanInterval result = seeds.interval(metric.id(), column(bySeed, mode, kIndex, metric));
        List<String> steps = new ArrayList<>(steps(experiment, seeds));
        steps.add(String.format(Locale.ROOT, "%s accumulation, K = %d: %s = %s", mode.id(), k, metric.id(),
                result.describe("%.4g")));
        double reported = result.mean();
        if (parameters.optionalString("versus").isPresent()) {
            Accumulation versus = parameters.choice("versus", Accumulation.LIMITED);
            MeanInterval baseline = seeds.interval(metric.id(), column(bySeed, versus, kIndex, metric));
            reported = 1 - result.mean() / baseline.mean();
            steps.add(String.format(Locale.ROOT, "%s accumulation, K = %d: %s = %s; share of its error that %s "
                    + "removes: 1 − %.4g / %.4g = %.4f", versus.id(), k, metric.id(), baseline.describe("%.4g"),
                    mode.id(), result.mean(), baseline.mean(), reported));
        }
        Plot plot = plot(bySeed, innerDims, metric, steps);
        return Measurement.of(Quantity.of(reported, Unit.RATIO), inputs(), steps).withPlot(plot);
    }

    private static GemmExperiment experiment(Parameters parameters) throws CheckException {
        int size = (int) parameters.integer("size", 4, 1, 64);
        FloatFormat format = parameters.choice("format", FloatFormat.E4M3);
        int bits = (int) parameters.integer("accumulator_bits", REPORT_ACCUMULATOR_BITS, 4, 24);
        int interval = (int) parameters.integer("interval", REPORT_PROMOTION_INTERVAL, MMA_PRODUCTS, 65_536);
        requireMultiple("interval", interval);
        LimitedAccumulator.Truncation truncation = parameters.choice("truncation",
                LimitedAccumulator.Truncation.TOWARD_NEGATIVE);
        LimitedAccumulator accumulator = new LimitedAccumulator(bits, MMA_PRODUCTS, truncation);
        return new GemmExperiment(size, format, accumulator, interval);
    }

    private static void requireMultiple(String name, int value) throws CheckException {
        if (value % MMA_PRODUCTS != 0) {
            throw CheckException.invalid(String.format(Locale.ROOT, "%s: expected a multiple of %d (products per "
                    + "WGMMA), got %d", name, MMA_PRODUCTS, value));
        }
    }

    private static double[] column(double[][][][] bySeed, Accumulation mode, int kIndex,
                                   GemmExperiment.Metric metric) {
        double[] values = new double[bySeed.length];
        for (int s = 0; s < bySeed.length; s++) {
            values[s] = bySeed[s][mode.ordinal()][kIndex][metric.ordinal()];
        }
        return values;
    }

    private static List<String> steps(GemmExperiment experiment, SeedSweep seeds) {
        LimitedAccumulator accumulator = experiment.accumulator();
        return List.of(
                String.format(Locale.ROOT, "A (%d × K) and B (K × %d) from N(0, 1), cast to %s with one FP32 scale "
                        + "per tensor; reference: the FP64 sum of the same products; %s", experiment.size(),
                        experiment.size(), experiment.format(), seeds.describe()),
                String.format(Locale.ROOT, "limited: per MMA of %d products (N_C %d / %d WGMMAs), the running sum "
                        + "and the products are aligned to the largest exponent and cut to %d bits (%s) "
                        + "(R §3.5.2 p.20–21)", accumulator.productsPerMma(), REPORT_PROMOTION_INTERVAL,
                        WGMMAS_PER_INTERVAL, accumulator.bits(), accumulator.truncation().id()),
                String.format(Locale.ROOT, "promoted: the limited sum restarts every %d products and is added to an "
                        + "FP32 register (R §3.3.2 p.17)", experiment.promotionInterval()));
    }

    private static Plot plot(double[][][][] bySeed, int[] innerDims, GemmExperiment.Metric metric,
                             List<String> steps) {
        List<Plot.Series> series = new ArrayList<>();
        for (Accumulation mode : Accumulation.values()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < innerDims.length; i++) {
                double mean = SeedSweep.mean(column(bySeed, mode, i, metric));
                x.add((double) innerDims[i]);
                y.add(mean);
                cells.add(String.format(Locale.ROOT, "K %d: %.3g", innerDims[i], mean));
            }
            steps.add(mode.id() + " mean " + metric.id() + ": " + String.join(", ", cells));
            series.add(Plot.Series.of(mode.id(), x, y));
        }
        List<Plot.Reference> references = metric == GemmExperiment.Metric.MAX_RELATIVE_ERROR
                ? List.of(new Plot.Reference("R p.17: nearly 2% at K = 4096 (limited accumulation)",
                REPORT_MAX_RELATIVE_ERROR))
                : List.of();
        return new Plot("fp8-accumulation", "E2: FP8 GEMM " + metric.id() + " vs K by accumulation",
                "inner dimension K (elements)", metric.id() + " (ratio)", true, series, references);
    }

    private static List<SourcedValue> inputs() {
        return List.of(
                new SourcedValue("H800 FP8 accumulator bits", REPORT_ACCUMULATOR_BITS, Unit.BITS,
                        Fp8Sources.R_ACCUMULATOR_BITS),
                new SourcedValue("promotion interval N_C", REPORT_PROMOTION_INTERVAL, Unit.ELEMENTS,
                        Fp8Sources.R_PROMOTION_INTERVAL),
                new SourcedValue("WGMMAs per N_C interval", WGMMAS_PER_INTERVAL, Unit.COUNT,
                        Fp8Sources.R_PROMOTION_INTERVAL),
                new SourcedValue("max relative error, limited accumulation, K = 4096", REPORT_MAX_RELATIVE_ERROR,
                        Unit.RATIO, Fp8Sources.R_MAX_RELATIVE_ERROR));
    }
}
