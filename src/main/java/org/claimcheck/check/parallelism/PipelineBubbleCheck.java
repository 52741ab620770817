package org.claimcheck.check.parallelism;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.FigureFile;
import org.claimcheck.check.Inputs;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * Pipeline bubble of 1F1B, ZB1P or DualPipe from R Table 2 (p.13): the bubble time, its share of an iteration of m
 * micro-batches, the utilisation 1 − share, or the per-device parameter and activation memory multipliers.
 */
final class PipelineBubbleCheck implements Check {

    private static final String TABLE_2 = "table2_pipeline_bubbles_p13";
    private static final List<String> METRICS = List.of("bubble-share", "utilisation", "bubble-time",
            "parameter-multiplier", "activation-multiplier");
    private static final int MAX_STAGES = 1024;
    private static final int MAX_MICRO_BATCHES = 65_536;
    private static final double MAX_TIME = 1e6;
    private static final long MAX_SIMULATED = 1_000_000L;
    private static final String NO_TIMES = "R states no chunk times";

    @Override
    public String kind() {
        return "parallelism.pipeline-bubble";
    }

    @Override
    public String summary() {
        return "pipeline bubble of 1F1B / ZB1P / DualPipe: share or utilisation (ratio), time (chunk-time units), "
                + "or memory multiplier per device (x)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("schedule", Named.oneOf(PipelineSchedule.class), "default dualpipe"),
                Parameter.optional("pp", "an integer in [2, 1024], even for dualpipe",
                        "pipeline stages; default 16, DeepSeek-V3's PP (R §3.2, p.12)"),
                Parameter.optional("micro_batches", "an integer in [1, 65536], even for dualpipe", "micro-batches"
                        + " per iteration; required for bubble-share and utilisation (R does not state it)"),
                Parameter.optional("forward_time", "a number in (0, 1e6]", "F, forward chunk time; default 1"),
                Parameter.optional("backward_time", "a number in (0, 1e6]", "B, full backward chunk time; default 2"),
                Parameter.optional("weight_time", "a number in [0, B]", "W, backward-for-weights time; default 1"),
                Parameter.optional("overlapped_time", "a number in [max(F, B), F + B]",
                        "F&B, two overlapped forward and backward chunks; default F + B (no overlap gain)"),
                Parameter.optional("metric", String.join(" | ", METRICS), "default bubble-share"),
                Parameter.optional("method", "closed-form | simulation", "simulation: discrete-event run of 1F1B "
                        + "(1f1b only); default closed-form"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        PipelineSchedule schedule = parameters.choice("schedule", PipelineSchedule.DUALPIPE);
        String metric = parameters.choice("metric", "bubble-share", METRICS);
        boolean simulate = parameters.choice("method", "closed-form",
                List.of("closed-form", "simulation")).equals("simulation");
        if (simulate && schedule != PipelineSchedule.ONE_F_ONE_B) {
            throw CheckException.invalid("method: simulation is implemented for 1f1b only, got " + schedule.id());
        }
        long simulatedStages = parameters.integer("pp", 16, 2, MAX_STAGES);
        long simulatedBatches = parameters.integer("micro_batches", 1, 1, MAX_MICRO_BATCHES);
        if (simulate && simulatedStages * simulatedBatches > MAX_SIMULATED) {
            throw CheckException.invalid("micro_batches: a simulation needs pp × micro_batches <= " + MAX_SIMULATED
                    + ", got " + simulatedStages + " × " + simulatedBatches);
        }
        FigureFile report = FigureFile.load(context, FigureFile.REPORT);
        Inputs recorder = new Inputs(parameters);
        int stages = stages(report, schedule, recorder);
        ChunkTimes times = times(recorder);
        List<SourcedValue> inputs = new ArrayList<>(recorder.recorded());
        String formula = tableFormula(report, schedule);
        List<String> steps = new ArrayList<>(List.of(readmeAgreement(context, schedule, formula)));
        if (metric.endsWith("-multiplier")) {
            return new Measurement(new Measurement.Numeric(multiplier(report, schedule, metric, stages, inputs,
                    steps)), inputs, steps, List.of(BubblePlot.shareByMicroBatches(stages, times)));
        }
        int microBatches = metric.equals("bubble-time") ? 0 : microBatches(parameters, schedule);
        Quantity result;
        try {
            result = metric.equals("bubble-time") ? bubbleTime(schedule, formula, stages, times, steps)
                    : share(schedule, formula, stages, microBatches, times, simulate, metric.equals("utilisation"),
                    steps);
        } catch (IllegalArgumentException e) {
            throw CheckException.invalid("weight_time: " + e.getMessage());
        }
        return new Measurement(new Measurement.Numeric(result), inputs, steps,
                List.of(BubblePlot.shareByMicroBatches(stages, times)));
    }

    /** The bubble formula of Table 2 as the library transcribed it, which must be the one implemented. */
    private static String tableFormula(FigureFile report, PipelineSchedule schedule) throws CheckException {
        String formula = report.text(TABLE_2, schedule.tableRow(), "bubble");
        if (!formula.equals(schedule.bubbleFormula())) {
            throw CheckException.unstated("R Table 2 as transcribed gives " + schedule.tableRow() + " bubble "
                    + formula + ", not the " + schedule.bubbleFormula() + " this check implements");
        }
        return formula;
    }

    /** Whether the DualPipe README's table (DP) states the same bubble, as a step. */
    private static String readmeAgreement(CheckContext context, PipelineSchedule schedule, String formula)
            throws CheckException {
        String readme = FigureFile.load(context, FigureFile.BASELINES).text("dualpipe_readme", "rows",
                schedule.tableRow(), "0");
        return readme.equals(formula) ? "R Table 2 (p.13) and the DualPipe README (DP) both state " + formula
                : "R Table 2 (p.13) states " + formula + "; the DualPipe README (DP) states " + readme;
    }

    private static int stages(FigureFile report, PipelineSchedule schedule, Inputs inputs) throws CheckException {
        int stages = (int) inputs.integerOr("pp", 2, MAX_STAGES, Unit.COUNT, () -> report.value("pipeline stages PP",
                Unit.COUNT, 1.0, "R", "§3.2, p.12", "parallelism_sec3_2_p12", "pipeline_parallel"));
        if (schedule == PipelineSchedule.DUALPIPE && stages % 2 != 0) {
            throw CheckException.invalid("pp: expected an even number for dualpipe (R p.13), got " + stages);
        }
        return stages;
    }

    private static int microBatches(Parameters parameters, PipelineSchedule schedule) throws CheckException {
        if (!parameters.names().contains("micro_batches")) {
            throw CheckException.unstated("a bubble share needs the number of micro-batches per iteration, which R "
                    + "does not state (give micro_batches in [1, " + MAX_MICRO_BATCHES + "] to compute it for an "
                    + "assumed count)");
        }
        int microBatches = (int) parameters.integer("micro_batches", 0, 1, MAX_MICRO_BATCHES);
        if (schedule == PipelineSchedule.DUALPIPE && microBatches % 2 != 0) {
            throw CheckException.invalid("micro_batches: expected an even number for dualpipe (R p.13), got "
                    + microBatches);
        }
        return microBatches;
    }

    private static ChunkTimes times(Inputs inputs) throws CheckException {
        double forward = inputs.assumed("forward_time", 1.0, Double.MIN_VALUE, MAX_TIME, Unit.COUNT, NO_TIMES);
        double backward = inputs.assumed("backward_time", 2.0, Double.MIN_VALUE, MAX_TIME, Unit.COUNT, NO_TIMES);
        double weight = inputs.assumed("weight_time", Math.min(1.0, backward), 0.0, backward, Unit.COUNT, NO_TIMES);
        double overlapped = inputs.assumed("overlapped_time", forward + backward, Math.max(forward, backward),
                forward + backward, Unit.COUNT, NO_TIMES);
        return new ChunkTimes(forward, backward, weight, overlapped);
    }

    private static Quantity multiplier(FigureFile report, PipelineSchedule schedule, String metric, int stages,
                                       List<SourcedValue> inputs, List<String> steps) throws CheckException {
        String column = metric.equals("parameter-multiplier") ? "parameter" : "activation";
        String stated = report.text(TABLE_2, schedule.tableRow(), column);
        double value = switch (stated) {
            case "PP" -> stages;
            case "PP+1" -> stages + 1.0;
            default -> {
                if (!stated.matches("\\d+x")) {
                    throw CheckException.unstated("R Table 2 " + column + " of " + schedule.tableRow()
                            + " is not a multiplier: " + stated);
                }
                yield Double.parseDouble(stated.substring(0, stated.length() - 1));
            }
        };
        inputs.add(new SourcedValue(column + " per device", value, Unit.TIMES, report.source("R", "Table 2, p.13",
                TABLE_2, schedule.tableRow(), column)));
        steps.add(String.format(Locale.ROOT, "R Table 2 (p.13), %s %s per device: %s = %.0f×", schedule.tableRow(),
                column, stated, value));
        return Quantity.of(value, Unit.TIMES);
    }

    private static Quantity bubbleTime(PipelineSchedule schedule, String formula, int stages, ChunkTimes times,
                                       List<String> steps) {
        double bubble = schedule.bubbleTime(stages, times);
        steps.add(String.format(Locale.ROOT, "%s bubble %s with PP = %d, F = %s, B = %s, W = %s, F&B = %s: %s",
                schedule.tableRow(), formula, stages, times.forward(), times.backward(), times.weightBackward(),
                times.overlapped(), bubble));
        return Quantity.of(bubble, Unit.COUNT);
    }

    private static Quantity share(PipelineSchedule schedule, String formula, int stages, int microBatches,
                                  ChunkTimes times, boolean simulate, boolean utilisation, List<String> steps) {
        double share;
        if (simulate) {
            OneFOneBSimulation.Timeline timeline = OneFOneBSimulation.run(stages, microBatches, times);
            share = timeline.bubbleShare();
            steps.add(String.format(Locale.ROOT, "discrete-event 1F1B, PP = %d, m = %d: makespan %s, compute per "
                    + "device %s, bubble %s", stages, microBatches, timeline.makespan(), timeline.computePerDevice(),
                    timeline.bubble()));
        } else {
            double bubble = schedule.bubbleTime(stages, times);
            share = PipelineBubble.share(schedule, stages, microBatches, times);
            steps.add(String.format(Locale.ROOT, "%s bubble %s = %s; compute per device m(F+B) = %d × %s = %s",
                    schedule.tableRow(), formula, bubble, microBatches, times.forwardBackward(),
                    microBatches * times.forwardBackward()));
        }
        steps.add(String.format(Locale.ROOT, "bubble share = bubble / (compute + bubble) = %.4f; utilisation = %.4f",
                share, 1 - share));
        return Quantity.of(utilisation ? 1 - share : share, Unit.RATIO);
    }
}
