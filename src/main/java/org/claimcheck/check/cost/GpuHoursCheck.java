package org.claimcheck.check.cost;

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
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * Training GPU-hours of a model's stage as its facts state them ({@code MODEL.STAGE-gpu-hours}), or its pre-training
 * from the per-trillion rate ({@code gpu-hours-per-trillion-tokens} × {@code pretraining-tokens}); optionally as days
 * of its training cluster ({@code training-cluster-gpus}).
 */
final class GpuHoursCheck implements Check {

    private static final double HOURS_PER_DAY = 24.0;
    private static final double TRILLION = 1e12;

    @Override
    public String kind() {
        return "cost.gpu-hours";
    }

    @Override
    public String summary() {
        return "training GPU-hours of a model's stage (GPU-hours), or days of its training cluster (days)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required("model", "a model of the library", "whose budget (its facts STAGE-gpu-hours, "
                        + "…; see claims/README.md)"),
                Parameter.optional("stage", Named.oneOf(TrainingStage.class), "the stage; default total"),
                Parameter.optional("method", "table | per-trillion", "table: the stage's stated GPU-hours; "
                        + "per-trillion: GPU-hours per trillion tokens × pre-training tokens (pre-training only); "
                        + "default table"),
                Parameter.optional("metric", "gpu-hours | cluster-days", "cluster-days divides the GPU-hours by the "
                        + "training cluster's GPUs and 24 h; default gpu-hours"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String model = parameters.string("model");
        TrainingStage stage = parameters.choice("stage", TrainingStage.TOTAL);
        boolean perTrillion = parameters.choice("method", "table", List.of("table", "per-trillion"))
                .equals("per-trillion");
        boolean days = parameters.choice("metric", "gpu-hours", List.of("gpu-hours", "cluster-days"))
                .equals("cluster-days");
        if (perTrillion && stage != TrainingStage.PRE_TRAINING) {
            throw CheckException.invalid("stage: method per-trillion gives pre-training only, got " + stage.id());
        }
        CostFacts facts = new CostFacts(context);
        List<SourcedValue> inputs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        double gpuHours = perTrillion ? perTrillion(facts, model, inputs, steps)
                : stated(facts.figure(model, stage.gpuHours(), Unit.GPU_HOURS), inputs, steps);
        Quantity result = Quantity.of(gpuHours, Unit.GPU_HOURS);
        if (days) {
            CostFacts.Stated gpus = facts.figure(model, "training-cluster-gpus", Unit.GPUS);
            inputs.add(gpus.value());
            double clusterDays = gpuHours / gpus.number() / HOURS_PER_DAY;
            steps.add(String.format(Locale.ROOT, "%,.0f GPU-hours / %,.0f GPUs / 24 h = %.2f days", gpuHours,
                    gpus.number(), clusterDays));
            result = Quantity.of(clusterDays, Unit.DAYS);
        }
        return new Measurement(new Measurement.Numeric(result), inputs, steps,
                List.of(BudgetPlots.gpuHours(facts, model)));
    }

    private static double stated(CostFacts.Stated hours, List<SourcedValue> inputs, List<String> steps) {
        inputs.add(hours.value());
        steps.add(hours.describe());
        return hours.number();
    }

    private static double perTrillion(CostFacts facts, String model, List<SourcedValue> inputs, List<String> steps)
            throws CheckException {
        CostFacts.Stated rate = facts.figure(model, "gpu-hours-per-trillion-tokens", Unit.GPU_HOURS);
        CostFacts.Stated tokens = facts.figure(model, "pretraining-tokens", Unit.TOKENS);
        inputs.add(rate.value());
        inputs.add(tokens.value());
        double hours = rate.number() * tokens.number() / TRILLION;
        steps.add(String.format(Locale.ROOT, "%,.0f GPU-hours per trillion tokens × %.1f trillion tokens = %,.0f "
                + "GPU-hours", rate.number(), tokens.number() / TRILLION, hours));
        return hours;
    }
}
