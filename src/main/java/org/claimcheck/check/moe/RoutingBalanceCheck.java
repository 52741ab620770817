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
import org.claimcheck.check.Plot;
import org.claimcheck.check.SeededRuns;
import org.claimcheck.check.stats.MeanInterval;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * Expert-load balance of DeepSeek-V3's gate with and without the auxiliary-loss-free bias, simulated
 * ({@link GateSimulation}): the mean over the second half of the steps of a per-step load statistic, averaged over
 * seeds with a 95% Student-t interval.
 */
final class RoutingBalanceCheck implements Check {

    private static final List<String> METRICS = List.of("max-over-mean", "cv", "overflow-share");
    private static final double CONFIDENCE = 0.95;
    /** About a minute of simulation on one core; the defaults route 153,600 tokens. */
    private static final long MAX_ROUTED_TOKENS = 20_000_000L;

    @Override
    public String kind() {
        return "moe.routing-balance";
    }

    @Override
    public String summary() {
        return "simulated expert-load imbalance with or without the balancing bias (ratio), mean over seeds";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("metric", String.join(" | ", METRICS), "per step: busiest expert over mean "
                        + "load; coefficient of variation; share of assignments above capacity; default max-over-mean"),
                Parameter.optional("bias", "true | false",
                        "report the run with the bias (true) or without; default true"),
                Parameter.optional("reduction", "true | false", "report 1 − (metric with the bias) / (metric "
                        + "without), the share of the imbalance the bias removes, from the same runs; default false"),
                Parameter.optional("skew", "a number in [0, 3]", "s.d. of expert popularity offsets (logit units); "
                        + "default 0.3"),
                Parameter.optional("seed", "an integer", "first seed; seeds seed … seed+seeds-1; default 1"),
                Parameter.optional("seeds", "an integer in [2, 20]", "default 3"),
                Parameter.optional("steps", "an integer in [2, 5000]", "default 100"),
                Parameter.optional("tokens_per_step", "an integer in [8, 65536]", "default 512"),
                Parameter.optional("gamma", "a number in [0, 0.1]", "bias update speed; default 0.001 (R §4.2 p.23)"),
                Parameter.optional("capacity_factor", "a number in [1, 10]", "for overflow-share; default 1.25 "
                        + "(an assumption: DeepSeek-V3 drops no tokens, R p.9)"),
                ReportDefaults.EXPERTS,
                ReportDefaults.TOP_K,
                Parameter.optional("nodes", "an integer dividing experts", "default 8 (R §4.2 p.23)"),
                Parameter.optional("node_limit", "an integer in [1, nodes] dividing top_k",
                        "nodes a token may reach; default 4 (R §4.2 p.22)"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String metric = parameters.choice("metric", "max-over-mean", METRICS);
        boolean withBias = parameters.optionalBoolean("bias").orElse(true);
        Inputs inputs = new Inputs(parameters);
        long seed = inputs.integer("seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE, Unit.COUNT);
        int seeds = (int) inputs.integer("seeds", 3, 2, 20, Unit.COUNT);
        GateConfig config = config(inputs, new ReportDefaults(FigureFile.load(context, FigureFile.REPORT)));
        if ((long) config.tokensPerStep() * config.steps() * seeds > MAX_ROUTED_TOKENS) {
            throw CheckException.invalid(String.format(Locale.ROOT, "steps: tokens_per_step × steps × seeds must be"
                    + " <= %,d, got %d × %d × %d", MAX_ROUTED_TOKENS, config.tokensPerStep(), config.steps(), seeds));
        }
        List<GateSimulation.Runs> runs = SeededRuns.of(seed, seeds, one -> GateSimulation.run(config, one));
        MeanInterval balanced = interval(runs, true, metric);
        MeanInterval unbalanced = interval(runs, false, metric);
        List<String> steps = List.of(
                String.format(Locale.ROOT, "gate: %d routed experts on %d nodes, top-%d, at most %d nodes per token;"
                        + " %d tokens per step, %d steps, popularity skew %.2f, γ = %s", config.experts(),
                        config.nodes(), config.topK(), config.nodeLimit(), config.tokensPerStep(), config.steps(),
                        config.skew(), config.gamma()),
                "each step is a tiny stand-in for R's 15,360 × 4,096-token batch, so per-step sampling noise sets a"
                        + " floor that real batches do not have; the result averages the second half of the steps",
                String.format(Locale.ROOT, "seeds %d … %d: with the bias %s %s; without %s", seed, seed + seeds - 1,
                        metric, balanced.describe("%.4f"), unbalanced.describe("%.4f")));
        double reported = withBias ? balanced.mean() : unbalanced.mean();
        List<String> allSteps = new ArrayList<>(steps);
        if (parameters.optionalBoolean("reduction").orElse(false)) {
            reported = 1 - balanced.mean() / unbalanced.mean();
            allSteps.add(String.format(Locale.ROOT, "share of the imbalance the bias removes: 1 − %.4f / %.4f = %.4f",
                    balanced.mean(), unbalanced.mean(), reported));
        }
        return new Measurement(new Measurement.Numeric(Quantity.of(reported, Unit.RATIO)), inputs.recorded(),
                allSteps, List.of(plot(runs, metric, config)));
    }

    private static GateConfig config(Inputs inputs, ReportDefaults report) throws CheckException {
        int experts = report.experts(inputs);
        int topK = report.topK(inputs, experts);
        int nodes = (int) inputs.integerOr("nodes", 1, experts, Unit.COUNT, report.nodes());
        int nodeLimit = (int) inputs.integerOr("node_limit", 1, nodes, Unit.COUNT,
                report.architecture("node_limit", Unit.COUNT, "max_nodes_per_token"));
        int tokens = (int) inputs.integer("tokens_per_step", 512, 8, 65_536, Unit.TOKENS);
        int steps = (int) inputs.integer("steps", 100, 2, 5000, Unit.COUNT);
        double skew = inputs.number("skew", 0.3, 0, 3, Unit.RATIO);
        double gamma = inputs.numberOr("gamma", 0, 0.1, Unit.RATIO, report.gamma());
        double capacity = inputs.number("capacity_factor", 1.25, 1, 10, Unit.RATIO);
        try {
            return new GateConfig(experts, topK, nodes, nodeLimit, tokens, steps, skew, gamma, capacity);
        } catch (IllegalArgumentException e) {
            throw CheckException.invalid("nodes: " + e.getMessage());
        }
    }

    private static MeanInterval interval(List<GateSimulation.Runs> runs, boolean balanced, String metric) {
        double[] values = runs.stream().mapToDouble(run -> (balanced ? run.balanced() : run.unbalanced())
                .settled(metric)).toArray();
        return MeanInterval.of(values, CONFIDENCE);
    }

    private static Plot plot(List<GateSimulation.Runs> runs, String metric, GateConfig config) {
        List<Double> x = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int step = 0; step < config.steps(); step++) {
            int at = step;
            x.add((double) step + 1);
            with.add(runs.stream().mapToDouble(run -> run.balanced().series(metric).get(at)).average().orElseThrow());
            without.add(runs.stream().mapToDouble(run -> run.unbalanced().series(metric).get(at)).average()
                    .orElseThrow());
        }
        double perfect = metric.equals("max-over-mean") ? 1.0 : 0.0;
        return new Plot("routing-balance-by-step", "Expert load " + metric + " per step (mean over seeds)", "step",
                metric, false, List.of(Plot.Series.of("with bias, γ = " + config.gamma(), x, with),
                        Plot.Series.of("without bias", x, without)), List.of(new Plot.Reference("perfect balance",
                perfect)));
    }
}
