package org.claimcheck.check.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * Model FLOPs utilisation of DeepSeek-V3's pre-training from the report's own budget: training FLOPs (6·N·D, or
 * the hardware paper's FLOPs per token × D) over 2,664K H800 GPU-hours, against the H800's dense BF16 or FP8 peak.
 */
public final class MfuCheck implements Check {

    private static final String V3_HW_ROW = "DeepSeek-V3 MoE 671B";
    private static final double TERA = 1e12;

    @Override
    public String kind() {
        return "cost.mfu";
    }

    @Override
    public String summary() {
        return "DeepSeek-V3 pre-training MFU (ratio), achieved TFLOP/s per GPU, or training FLOPs";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("precision", "bf16 | fp8", "which dense peak of the H800; default bf16"),
                Parameter.optional("active_params", "published | computed", "published: 37B activated (R §4.2 "
                        + "p.22); computed: the model.active-params check on config deepseek-v3; default published"),
                Parameter.optional("flops", "6nd | hw-per-token | calculator", "6nd: 6 × active parameters × 14.8T "
                        + "tokens; hw-per-token: 250 GFLOP per token (hardware paper, secondary, includes attention at "
                        + "sequence 4096) × tokens; calculator: training FLOPs per token of the model calculator "
                        + "(3 × forward, attention included, at R's 4,096-token pre-training length) × tokens; "
                        + "default 6nd"),
                Parameter.optional("metric", "mfu | achieved-tflops | training-flops", "default mfu"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String precision = parameters.choice("precision", "bf16", List.of("bf16", "fp8"));
        String activeSource = parameters.choice("active_params", "published",
                List.of("published", "computed"));
        String flopsRule = parameters.choice("flops", "6nd",
                List.of("6nd", "hw-per-token", "calculator"));
        String metric = parameters.choice("metric", "mfu",
                List.of("mfu", "achieved-tflops", "training-flops"));
        BudgetFigures figures = BudgetFigures.load(context);
        List<SourcedValue> inputs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        double flops = trainingFlops(context, figures, flopsRule, activeSource, inputs, steps);
        if (metric.equals("training-flops")) {
            return measurement(Quantity.of(flops, Unit.FLOPS), inputs, steps, figures);
        }
        SourcedValue hours = figures.stageGpuHours(TrainingStage.PRE_TRAINING);
        inputs.add(hours);
        double achieved = Utilisation.achievedFlopPerSecond(flops, hours.value());
        steps.add(String.format(Locale.ROOT, "%.3e FLOPs / (%,.0f GPU-hours × 3,600 s) = %.1f TFLOP/s per GPU",
                flops, hours.value(), achieved / TERA));
        if (metric.equals("achieved-tflops")) {
            return measurement(Quantity.of(achieved / TERA, Unit.TFLOP_PER_SECOND), inputs, steps, figures);
        }
        SourcedValue peak = figures.peakTflops(precision.toUpperCase(Locale.ROOT));
        inputs.add(peak);
        double mfu = Utilisation.mfu(achieved, peak.value() * TERA);
        steps.add(String.format(Locale.ROOT, "%.1f / %.1f TFLOP/s (H800 dense %s peak) = %.1f%% MFU",
                achieved / TERA, peak.value(), precision.toUpperCase(Locale.ROOT), mfu * 100));
        return measurement(Quantity.of(mfu, Unit.RATIO), inputs, steps, figures);
    }

    /** R §4.2 p.22: pre-training sequences of 4K tokens. */
    private static final long PRETRAINING_CONTEXT_TOKENS = 4096;

    private static double trainingFlops(CheckContext context, BudgetFigures figures, String flopsRule,
                                        String activeSource, List<SourcedValue> inputs, List<String> steps)
            throws CheckException {
        SourcedValue tokens = figures.pretrainingTokens();
        inputs.add(tokens);
        if (flopsRule.equals("hw-per-token")) {
            SourcedValue perToken = figures.hwFlopsPerToken(V3_HW_ROW);
            inputs.add(perToken);
            double flops = perToken.value() * tokens.value();
            steps.add(String.format(Locale.ROOT, "%.0f GFLOP per token (hardware paper, secondary) × %.1fT tokens"
                    + " = %.3e FLOPs", perToken.value() / 1e9, tokens.value() / TERA, flops));
            return flops;
        }
        if (flopsRule.equals("calculator")) {
            Measurement perToken = context.measure("model.flops-per-token", Parameters.of(Map.of("config",
                    "deepseek-v3", "pass", "training", "context", PRETRAINING_CONTEXT_TOKENS)));
            double flopsPerToken = perToken.quantity().inBase();
            inputs.addAll(perToken.inputs());
            double flops = flopsPerToken * tokens.value();
            steps.add(String.format(Locale.ROOT, "%.1f GFLOP per token (model calculator: 3 × forward, attention "
                    + "included, at %d tokens) × %.1fT tokens = %.3e FLOPs", flopsPerToken / 1e9,
                    PRETRAINING_CONTEXT_TOKENS, tokens.value() / TERA, flops));
            return flops;
        }
        SourcedValue active = activeSource.equals("published") ? figures.activatedParams() : computedActive(context);
        inputs.add(active);
        double flops = Utilisation.trainingFlops(active.value(), tokens.value());
        steps.add(String.format(Locale.ROOT, "6 × %.2fB activated parameters (%s) × %.1fT tokens = %.3e FLOPs",
                active.value() / 1e9, activeSource, tokens.value() / TERA, flops));
        return flops;
    }

    private static SourcedValue computedActive(CheckContext context) throws CheckException {
        Measurement measured = context.measure("model.active-params",
                Parameters.of(Map.of("config", GpuHoursCheck.DEEPSEEK_V3)));
        double params;
        try {
            params = measured.quantity().to(Unit.PARAMETERS).value();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw CheckException.unstated("active_params: model.active-params gave no parameter count: "
                    + e.getMessage());
        }
        return new SourcedValue("activated parameters per token (computed)", params, Unit.PARAMETERS,
                new Source("CFG", "model.active-params check on claims/library/models/deepseek-v3/config.json"));
    }

    private static Measurement measurement(Quantity result, List<SourcedValue> inputs, List<String> steps,
                                           BudgetFigures figures) throws CheckException {
        return new Measurement(new Measurement.Numeric(result), inputs, steps, List.of(interpretations(figures)));
    }

    /** MFU under each FLOP rule and peak, so a reader sees every reading of "utilisation" at once. */
    private static Plot interpretations(BudgetFigures figures) throws CheckException {
        double tokens = figures.pretrainingTokens().value();
        double hours = figures.stageGpuHours(TrainingStage.PRE_TRAINING).value();
        double sixNd = Utilisation.trainingFlops(figures.activatedParams().value(), tokens);
        double hw = figures.hwFlopsPerToken(V3_HW_ROW).value() * tokens;
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String precision : List.of("BF16", "FP8")) {
            double peak = figures.peakTflops(precision).value() * TERA;
            labels.add("6ND / " + precision + " peak");
            values.add(Utilisation.mfu(Utilisation.achievedFlopPerSecond(sixNd, hours), peak));
            labels.add("HW FLOPs/token / " + precision + " peak");
            values.add(Utilisation.mfu(Utilisation.achievedFlopPerSecond(hw, hours), peak));
        }
        return BudgetPlots.categorical("mfu-interpretations", "DeepSeek-V3 pre-training MFU by reading",
                "reading", "MFU (fraction)", labels, values);
    }
}
