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
 * Training GPU-hours of DeepSeek-V3 per stage (R Table 1, p.5), or from the per-trillion rate (180K × 14.8T, R p.5),
 * or of a Llama baseline (model cards); optionally as days of the 2,048-GPU cluster.
 */
public final class GpuHoursCheck implements Check {

    static final String DEEPSEEK_V3 = "deepseek-v3";
    private static final List<String> MODELS = List.of(DEEPSEEK_V3, "llama-3.1-8b", "llama-3.1-70b",
            "llama-3.1-405b", "llama-3-8b", "llama-3-70b");
    private static final double HOURS_PER_DAY = 24.0;

    @Override
    public String kind() {
        return "cost.gpu-hours";
    }

    @Override
    public String summary() {
        return "training GPU-hours of a model or a DeepSeek-V3 stage (GPU-hours), or cluster days (days)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("model", String.join(" | ", MODELS), "whose budget; default deepseek-v3"),
                Parameter.optional("stage", Named.oneOf(TrainingStage.class),
                        "DeepSeek-V3 stage of R Table 1; default total"),
                Parameter.optional("method", "table | per-trillion", "table: R Table 1 row; per-trillion: 180K "
                        + "GPU-hours per trillion tokens × 14.8T tokens (pre-training only); default table"),
                Parameter.optional("metric", "gpu-hours | cluster-days", "cluster-days divides DeepSeek-V3's "
                        + "GPU-hours by its 2,048 GPUs and 24 h; default gpu-hours"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String model = parameters.choice("model", DEEPSEEK_V3, MODELS);
        TrainingStage stage = parameters.choice("stage", TrainingStage.TOTAL);
        String method = parameters.choice("method", "table", List.of("table", "per-trillion"));
        String metric = parameters.choice("metric", "gpu-hours",
                List.of("gpu-hours", "cluster-days"));
        boolean v3 = model.equals(DEEPSEEK_V3);
        requireConsistent(parameters, v3, model, stage, method, metric);
        BudgetFigures figures = BudgetFigures.load(context);
        List<SourcedValue> inputs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        double gpuHours = v3 ? v3GpuHours(figures, stage, method, inputs, steps)
                : llamaGpuHours(figures, Named.byId(Baseline.class, model).orElseThrow(), inputs, steps);
        Quantity result = Quantity.of(gpuHours, Unit.GPU_HOURS);
        if (metric.equals("cluster-days")) {
            SourcedValue gpus = figures.clusterGpus();
            inputs.add(gpus);
            double days = gpuHours / gpus.value() / HOURS_PER_DAY;
            steps.add(String.format(Locale.ROOT, "%,.0f GPU-hours / %,.0f GPUs / 24 h = %.2f days", gpuHours,
                    gpus.value(), days));
            result = Quantity.of(days, Unit.DAYS);
        }
        return new Measurement(new Measurement.Numeric(result), inputs, steps, List.of(BudgetPlots.gpuHours(figures)));
    }

    private static void requireConsistent(Parameters parameters, boolean v3, String model, TrainingStage stage,
                                          String method, String metric) throws CheckException {
        if (!v3 && (parameters.names().contains("stage") || !method.equals("table") || metric.equals("cluster-days"))) {
            throw CheckException.invalid("model: stage, method per-trillion and metric cluster-days apply to "
                    + "deepseek-v3 only, got " + model);
        }
        if (method.equals("per-trillion") && stage != TrainingStage.PRE_TRAINING) {
            throw CheckException.invalid("stage: method per-trillion gives pre-training only, got " + stage.id());
        }
    }

    private static double v3GpuHours(BudgetFigures figures, TrainingStage stage, String method,
                                     List<SourcedValue> inputs, List<String> steps) throws CheckException {
        if (method.equals("per-trillion")) {
            SourcedValue rate = figures.gpuHoursPerTrillionTokens();
            SourcedValue tokens = figures.pretrainingTokens();
            inputs.add(rate);
            inputs.add(tokens);
            double hours = rate.value() * tokens.value() / 1e12;
            steps.add(String.format(Locale.ROOT, "%,.0f H800 GPU-hours per trillion tokens × %.1f trillion tokens"
                    + " = %,.0f GPU-hours", rate.value(), tokens.value() / 1e12, hours));
            return hours;
        }
        SourcedValue hours = figures.stageGpuHours(stage);
        inputs.add(hours);
        steps.add(String.format(Locale.ROOT, "R Table 1 (p.5), %s: %,.0f H800 GPU-hours", stage.id(), hours.value()));
        return hours.value();
    }

    private static double llamaGpuHours(BudgetFigures figures, Baseline llama, List<SourcedValue> inputs,
                                        List<String> steps) throws CheckException {
        SourcedValue hours = figures.llamaGpuHours(llama);
        inputs.add(hours);
        steps.add(String.format(Locale.ROOT, "%s model card: %,.0f H100-80GB GPU-hours", llama.id(), hours.value()));
        return hours.value();
    }
}
