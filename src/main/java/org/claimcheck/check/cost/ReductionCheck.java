package org.claimcheck.check.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * A model's cost or compute against a baseline, as a reduction 1 − model/baseline or a factor baseline/model: every
 * reading a "cost reduction" or "less compute" claim may have, one interpretation each. Both sides come from the
 * library's facts ({@link CostFacts}); the baseline may be any model whose facts state a figure on the basis.
 */
final class ReductionCheck implements Check {

    private static final Parameter MODEL = Parameter.required("model", "a model of the library",
            "the model whose budget is compared (its facts: STAGE-gpu-hours, STAGE-cost, …; see claims/README.md)");

    @Override
    public String kind() {
        return "cost.reduction";
    }

    @Override
    public String summary() {
        return "a model vs a baseline: reduction 1 - model/baseline (ratio) or factor baseline/model (x)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(MODEL,
                Parameter.required("baseline", "a model of the library, or dense-same-size", "what the model is "
                        + "compared with: a model whose facts state a figure on the basis (any model with a config "
                        + "on calculated-flops-per-token)"),
                Parameter.optional("basis", Named.oneOf(Basis.class), "what is compared; default gpu-hours, or "
                        + "the first basis the baseline's facts state"),
                Parameter.optional("stage", "pre-training | total", "the model's side for whole-run GPU-hours and "
                        + "dollars; default total"),
                Parameter.optional("form", "reduction | times", "1 - model/baseline, or baseline/model; default "
                        + "reduction"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String model = parameters.string(MODEL.name());
        String baseline = parameters.string("baseline");
        CostFacts facts = new CostFacts(context);
        List<Basis> stated = Arrays.stream(Basis.values()).filter(b -> Comparison.states(facts, baseline, b))
                .toList();
        if (stated.isEmpty()) {
            throw CheckException.invalid("baseline: expected one of " + String.join(", ", allBaselines(facts, model))
                    + " (a model whose facts state a training budget, or with a config for "
                    + "calculated-flops-per-token), got \"" + baseline + "\"");
        }
        Basis basis = parameters.choice("basis", stated.contains(Basis.GPU_HOURS) ? Basis.GPU_HOURS : stated.get(0));
        if (!stated.contains(basis)) {
            throw CheckException.invalid("basis: " + baseline + " is stated on " + String.join(" | ",
                    stated.stream().map(Basis::id).toList()) + " only, got " + basis.id());
        }
        TrainingStage stage = Named.byId(TrainingStage.class, parameters.choice("stage", "total",
                List.of("pre-training", "total"))).orElseThrow();
        boolean times = parameters.choice("form", "reduction", List.of("reduction", "times")).equals("times");
        Comparison comparison = Comparison.of(facts, model, baseline, basis, stage);
        List<String> steps = new ArrayList<>(comparison.steps());
        double reduction = Utilisation.reduction(comparison.ours(), comparison.theirs());
        double factor = comparison.theirs() / comparison.ours();
        steps.add(String.format(Locale.ROOT, "reduction 1 - %.6g / %.6g = %.1f%%; factor %.6g / %.6g = %.2f×",
                comparison.ours(), comparison.theirs(), reduction * 100, comparison.theirs(), comparison.ours(),
                factor));
        Quantity result = times ? Quantity.of(factor, Unit.TIMES) : Quantity.of(reduction, Unit.RATIO);
        return new Measurement(new Measurement.Numeric(result), comparison.inputs(), steps,
                List.of(allReductions(facts, model, basis, stage)));
    }

    private static List<String> allBaselines(CostFacts facts, String model) {
        Set<String> all = new LinkedHashSet<>();
        for (Basis basis : Basis.values()) {
            all.addAll(Comparison.baselines(facts, model, basis));
        }
        return List.copyOf(all);
    }

    /** The reduction against every baseline the library states on the basis, for the report's plot. */
    private static Plot allReductions(CostFacts facts, String model, Basis basis, TrainingStage stage)
            throws CheckException {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String other : Comparison.baselines(facts, model, basis)) {
            Comparison comparison = Comparison.of(facts, model, other, basis, stage);
            labels.add(other);
            values.add(Utilisation.reduction(comparison.ours(), comparison.theirs()));
        }
        return BudgetPlots.categorical("reduction-by-baseline", model + " reduction vs each baseline ("
                + basis.id() + ")", "baseline", "reduction 1 - " + model + "/baseline (fraction)", labels, values);
    }
}
