package org.claimcheck.check.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * Model FLOPs utilisation of a model's pre-training from its own budget: training FLOPs (6·N·D, or FLOPs per token
 * × D) over its pre-training GPU-hours, against the dense BF16 or FP8 peak of its training GPU — each figure from
 * the library's facts ({@link CostFacts}).
 */
final class MfuCheck implements Check {

    private static final double TERA = 1e12;

    @Override
    public String kind() {
        return "cost.mfu";
    }

    @Override
    public String summary() {
        return "a model's pre-training MFU (ratio), achieved TFLOP/s per GPU, or training FLOPs";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required("model", "a model of the library", "whose pre-training (its facts "
                        + "pretraining-tokens, pre-training-gpu-hours, training-gpu, …; see claims/README.md)"),
                Parameter.optional("precision", "bf16 | fp8", "which dense peak of the training GPU; default bf16"),
                Parameter.optional("active_params", "published | computed", "published: the model's active-params "
                        + "fact; computed: the model.active-params check on its config; default published"),
                Parameter.optional("flops", "6nd | hw-per-token | calculator", "6nd: 6 × active parameters × "
                        + "tokens; hw-per-token: the model's training-flops-per-token fact × tokens; calculator: "
                        + "training FLOPs per token of the model calculator (3 × forward, attention included, at the "
                        + "model's pretraining-sequence-length) × tokens; default 6nd"),
                Parameter.optional("metric", "mfu | achieved-tflops | training-flops", "default mfu"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String model = parameters.string("model");
        String precision = parameters.choice("precision", "bf16", List.of("bf16", "fp8"));
        String activeSource = parameters.choice("active_params", "published", List.of("published", "computed"));
        String flopsRule = parameters.choice("flops", "6nd", List.of("6nd", "hw-per-token", "calculator"));
        String metric = parameters.choice("metric", "mfu", List.of("mfu", "achieved-tflops", "training-flops"));
        CostFacts facts = new CostFacts(context);
        List<SourcedValue> inputs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        double flops = TrainingFlops.of(facts, model, flopsRule, activeSource, inputs, steps);
        if (metric.equals("training-flops")) {
            return measurement(Quantity.of(flops, Unit.FLOPS), inputs, steps, facts, model);
        }
        CostFacts.Stated hours = facts.figure(model, TrainingStage.PRE_TRAINING.gpuHours(), Unit.GPU_HOURS);
        inputs.add(hours.value());
        double achieved = Utilisation.achievedFlopPerSecond(flops, hours.number());
        steps.add(String.format(Locale.ROOT, "%.3e FLOPs / (%,.0f GPU-hours × 3,600 s) = %.1f TFLOP/s per GPU",
                flops, hours.number(), achieved / TERA));
        if (metric.equals("achieved-tflops")) {
            return measurement(Quantity.of(achieved / TERA, Unit.TFLOP_PER_SECOND), inputs, steps, facts, model);
        }
        String gpu = facts.property(model, "training-gpu");
        CostFacts.Stated peak = peak(facts, gpu, precision);
        inputs.add(peak.value());
        double mfu = Utilisation.mfu(achieved, peak.number() * TERA);
        steps.add(String.format(Locale.ROOT, "%.1f / %.1f TFLOP/s (%s dense %s peak) = %.1f%% MFU", achieved / TERA,
                peak.number(), gpu, precision.toUpperCase(Locale.ROOT), mfu * 100));
        return measurement(Quantity.of(mfu, Unit.RATIO), inputs, steps, facts, model);
    }

    /** The dense peak of a GPU in a precision, {@code GPU.dense-bf16-peak} or {@code GPU.dense-fp8-peak}. */
    private static CostFacts.Stated peak(CostFacts facts, String gpu, String precision) throws CheckException {
        return facts.figure(gpu, "dense-" + precision + "-peak", Unit.TFLOP_PER_SECOND);
    }

    private static Measurement measurement(Quantity result, List<SourcedValue> inputs, List<String> steps,
                                           CostFacts facts, String model) throws CheckException {
        return new Measurement(new Measurement.Numeric(result), inputs, steps,
                List.of(interpretations(facts, model)));
    }

    /** MFU under each FLOP rule and peak the facts state, so a reader sees every reading of "utilisation" at once. */
    private static Plot interpretations(CostFacts facts, String model) throws CheckException {
        double tokens = facts.figure(model, "pretraining-tokens", Unit.TOKENS).number();
        double hours = facts.figure(model, TrainingStage.PRE_TRAINING.gpuHours(), Unit.GPU_HOURS).number();
        double sixNd = Utilisation.trainingFlops(facts.figure(model, "active-params", Unit.PARAMETERS).number(),
                tokens);
        var perToken = facts.optionalFigure(model, "training-flops-per-token", Unit.FLOPS);
        String gpu = facts.property(model, "training-gpu");
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String precision : List.of("bf16", "fp8")) {
            double peak = peak(facts, gpu, precision).number() * TERA;
            String name = precision.toUpperCase(Locale.ROOT);
            labels.add("6ND / " + name + " peak");
            values.add(Utilisation.mfu(Utilisation.achievedFlopPerSecond(sixNd, hours), peak));
            if (perToken.isPresent()) {
                labels.add("HW FLOPs/token / " + name + " peak");
                values.add(Utilisation.mfu(Utilisation.achievedFlopPerSecond(perToken.get().number() * tokens,
                        hours), peak));
            }
        }
        return BudgetPlots.categorical("mfu-interpretations", model + " pre-training MFU by reading", "reading",
                "MFU (fraction)", labels, values);
    }
}
