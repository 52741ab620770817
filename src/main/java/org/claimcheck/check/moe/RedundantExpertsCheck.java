package org.claimcheck.check.moe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.FigureFile;
import org.claimcheck.check.Inputs;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SeededRuns;
import org.claimcheck.check.Plot;
import org.claimcheck.check.stats.MeanInterval;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * Per-GPU load with and without redundant experts, simulated over sampled batches ({@link RedundancyExperiment}),
 * in DeepSeek-V3's prefill deployment by default: 256 experts plus 32 redundant on 32 GPUs (R §3.4.1, p.19).
 */
final class RedundantExpertsCheck implements Check {

    private static final double CONFIDENCE = 0.95;

    @Override
    public String kind() {
        return "moe.redundant-experts";
    }

    @Override
    public String summary() {
        return "per-GPU load max/mean or idle share 1 - mean/max with or without redundant experts (ratio)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("metric", "max-over-mean | idle-share", "idle-share = 1 - 1/(max/mean); "
                        + "default max-over-mean"),
                Parameter.optional("replicated", "true | false", "report the placement with the redundant experts "
                        + "(true) or the plain one; default true"),
                Parameter.optional("gpus", "an integer dividing experts and experts + replicas",
                        "default 32, the prefill unit (R §3.4.1 p.19)"),
                Parameter.optional("replicas", "an integer in [0, 4096]", "redundant slots; default 32 (R p.19)"),
                ReportDefaults.EXPERTS,
                ReportDefaults.TOP_K,
                Parameter.optional("batch_tokens", "an integer in [1, 65536]", "tokens per batch; default 4096"),
                Parameter.optional("skew", "a number in [0, 3]", "s.d. of log popularity; default 0.3"),
                Parameter.optional("history_batches", "an integer in [1, 100]", "batches of statistics the "
                        + "placement is chosen from (R: online statistics); default 16"),
                Parameter.optional("eval_batches", "an integer in [1, 100]", "fresh batches measured; default 20"),
                Parameter.optional("seed", "an integer", "first seed; default 1"),
                Parameter.optional("seeds", "an integer in [2, 20]", "default 5"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        boolean idle = parameters.choice("metric", "max-over-mean", List.of("max-over-mean", "idle-share"))
                .equals("idle-share");
        boolean replicated = parameters.optionalBoolean("replicated").orElse(true);
        Inputs inputs = new Inputs(parameters);
        RedundancyExperiment experiment = experiment(inputs,
                new ReportDefaults(FigureFile.load(context, FigureFile.REPORT)));
        long seed = inputs.integer("seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE, Unit.COUNT);
        int seeds = (int) inputs.integer("seeds", 5, 2, 20, Unit.COUNT);
        List<RedundancyExperiment.Result> results = SeededRuns.of(seed, seeds, experiment::run);
        MeanInterval plain = MeanInterval.of(results.stream()
                .mapToDouble(RedundancyExperiment.Result::plainMaxOverMean).toArray(), CONFIDENCE);
        MeanInterval withReplicas = MeanInterval.of(results.stream()
                .mapToDouble(RedundancyExperiment.Result::replicatedMaxOverMean).toArray(), CONFIDENCE);
        double ratio = (replicated ? withReplicas : plain).mean();
        List<String> steps = List.of(
                String.format(Locale.ROOT, "%d experts (+%d redundant) on %d GPUs, top-%d, %d-token batches, "
                        + "skew %.2f; placement from %d batches of statistics, measured on %d fresh batches",
                        experiment.experts(), experiment.redundant(), experiment.gpus(), experiment.topK(),
                        experiment.batchTokens(), experiment.skew(), experiment.historyBatches(),
                        experiment.evalBatches()),
                String.format(Locale.ROOT, "per-GPU max/mean over seeds %d … %d: no replicas %s; replicated %s",
                        seed, seed + seeds - 1, plain.describe("%.4f"), withReplicas.describe("%.4f")),
                String.format(Locale.ROOT, "idle share 1 - 1/(max/mean): no replicas %.4f; replicated %.4f",
                        1 - 1 / plain.mean(), 1 - 1 / withReplicas.mean()));
        Quantity result = Quantity.of(idle ? 1 - 1 / ratio : ratio, Unit.RATIO);
        return new Measurement(new Measurement.Numeric(result), inputs.recorded(), steps,
                List.of(gpuLoadPlot(results.get(0)), sweepPlot(results.get(0)),
                        skewPlot(experiment.skewSweep(seed))));
    }

    private static RedundancyExperiment experiment(Inputs inputs, ReportDefaults report) throws CheckException {
        int experts = report.experts(inputs);
        int topK = report.topK(inputs, experts);
        int gpus = (int) inputs.integerOr("gpus", 1, experts, Unit.GPUS, report.prefill("gpus", Unit.GPUS, "gpus"));
        int replicas = (int) inputs.integerOr("replicas", 0, 4096, Unit.EXPERTS,
                report.prefill("replicas", Unit.EXPERTS, "redundant_experts"));
        int tokens = (int) inputs.integer("batch_tokens", 4096, 1, 65_536, Unit.TOKENS);
        double skew = inputs.number("skew", 0.3, 0, 3, Unit.RATIO);
        int history = (int) inputs.integer("history_batches", 16, 1, 100, Unit.COUNT);
        int eval = (int) inputs.integer("eval_batches", 20, 1, 100, Unit.COUNT);
        try {
            return new RedundancyExperiment(experts, topK, gpus, replicas, tokens, skew, history, eval);
        } catch (IllegalArgumentException e) {
            throw CheckException.invalid("gpus: " + e.getMessage());
        }
    }

    private static Plot gpuLoadPlot(RedundancyExperiment.Result result) {
        List<Double> x = new ArrayList<>();
        for (int g = 0; g < result.plainGpuLoad().size(); g++) {
            x.add((double) g);
        }
        double mean = result.plainGpuLoad().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new Plot("redundant-experts-gpu-load", "Mean load per GPU over fresh batches (first seed)", "GPU",
                "tokens", false, List.of(Plot.Series.of("no replicas", x, result.plainGpuLoad()),
                        Plot.Series.of("with redundant experts", x, result.replicatedGpuLoad())),
                List.of(new Plot.Reference("mean", mean)));
    }

    private static Plot skewPlot(List<List<Double>> sweep) {
        List<Double> x = RedundancyExperiment.SWEEP_SKEWS;
        return new Plot("redundant-experts-skew-sweep", "Per-GPU max/mean by popularity skew (first seed)",
                "skew (s.d. of log popularity)", "max/mean", false, List.of(Plot.Series.of("no replicas", x,
                sweep.get(0)), Plot.Series.of("with redundant experts", x, sweep.get(1))),
                List.of(new Plot.Reference("perfect balance", 1.0)));
    }

    private static Plot sweepPlot(RedundancyExperiment.Result result) {
        List<Double> x = RedundancyExperiment.SWEEP_TOKENS.stream().map(Integer::doubleValue).toList();
        return new Plot("redundant-experts-batch-sweep", "Per-GPU max/mean by batch size (first seed)",
                "tokens per batch", "max/mean", true, List.of(Plot.Series.of("no replicas", x, result.sweep().get(0)),
                        Plot.Series.of("with redundant experts", x, result.sweep().get(1))),
                List.of(new Plot.Reference("perfect balance", 1.0)));
    }
}
