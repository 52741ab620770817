package org.claimcheck.check.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Unit;

/**
 * The two sides of a cost comparison on one {@link Basis}: a model's figure and a baseline's, each with its source,
 * the inputs used and the working in words. A baseline is any model of the library whose facts state a figure on the
 * basis ({@link CostFacts}), or {@code dense-same-size}: a dense model as large as the model, on FLOPs per token.
 *
 * @param ours   the model's figure
 * @param theirs the baseline's figure, in the same unit
 * @param inputs every number used, with its source
 * @param steps  the working
 */
record Comparison(double ours, double theirs, List<SourcedValue> inputs, List<String> steps) {

    /** The baseline that is no model: a dense model with as many parameters as the model has in all. */
    static final String DENSE_SAME_SIZE = "dense-same-size";

    private static final String PER_TRILLION = "gpu-hours-per-trillion-tokens";
    private static final String FLOPS_PER_TOKEN = "training-flops-per-token";
    private static final String PRICE = "gpu-hour-price";

    Comparison {
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
    }

    /**
     * The model's stage (whole-run GPU-hours and dollars only) against the baseline on a basis.
     *
     * @throws CheckException UNSTATED when a figure either side needs is not in the library's facts
     */
    static Comparison of(CostFacts facts, String model, String baseline, Basis basis, TrainingStage stage)
            throws CheckException {
        if (basis == Basis.CALCULATED_FLOPS_PER_TOKEN) {
            return CalculatedFlops.of(facts.context(), model, baseline);
        }
        if (baseline.equals(DENSE_SAME_SIZE)) {
            return denseSameSize(facts, model);
        }
        CostFacts.Stated ours = switch (basis) {
            case GPU_HOURS -> facts.figure(model, stage.gpuHours(), Unit.GPU_HOURS);
            case USD -> facts.figure(model, stage.cost(), Unit.USD);
            case GPU_HOURS_PER_TRILLION -> facts.figure(model, PER_TRILLION, Unit.GPU_HOURS);
            case FLOPS_PER_TOKEN, CALCULATED_FLOPS_PER_TOKEN -> facts.figure(model, FLOPS_PER_TOKEN, Unit.FLOPS);
        };
        if (basis == Basis.USD && facts.optionalFigure(baseline, TrainingStage.TOTAL.cost(), Unit.USD).isEmpty()) {
            return pricedHours(facts, model, baseline, ours);
        }
        CostFacts.Stated theirs = switch (basis) {
            case GPU_HOURS -> trainingGpuHours(facts, baseline);
            case USD -> facts.figure(baseline, TrainingStage.TOTAL.cost(), Unit.USD);
            case GPU_HOURS_PER_TRILLION -> facts.figure(baseline, PER_TRILLION, Unit.GPU_HOURS);
            case FLOPS_PER_TOKEN, CALCULATED_FLOPS_PER_TOKEN -> facts.figure(baseline, FLOPS_PER_TOKEN, Unit.FLOPS);
        };
        return new Comparison(ours.number(), theirs.number(), List.of(ours.value(), theirs.value()),
                List.of(ours.describe() + " vs " + theirs.describe()));
    }

    /** Whether a baseline's facts state a figure on the basis. */
    static boolean states(CostFacts facts, String baseline, Basis basis) {
        return switch (basis) {
            case GPU_HOURS -> facts.states(baseline, TrainingStage.TOTAL.gpuHours())
                    || facts.states(baseline, TrainingStage.PRE_TRAINING.gpuHours());
            case USD -> facts.states(baseline, TrainingStage.TOTAL.cost()) || states(facts, baseline, Basis.GPU_HOURS);
            case GPU_HOURS_PER_TRILLION -> facts.states(baseline, PER_TRILLION);
            case FLOPS_PER_TOKEN -> baseline.equals(DENSE_SAME_SIZE) || facts.states(baseline, FLOPS_PER_TOKEN);
            case CALCULATED_FLOPS_PER_TOKEN -> baseline.equals(DENSE_SAME_SIZE)
                    || facts.context().models().contains(baseline);
        };
    }

    /** Every baseline of the library on a basis but the model itself, alphabetically, dense-same-size last. */
    static List<String> baselines(CostFacts facts, String model, Basis basis) {
        List<String> baselines = new ArrayList<>(basis == Basis.CALCULATED_FLOPS_PER_TOKEN
                ? facts.context().models() : stating(facts, basis));
        baselines.remove(model);
        if (basis == Basis.FLOPS_PER_TOKEN || basis == Basis.CALCULATED_FLOPS_PER_TOKEN) {
            baselines.add(DENSE_SAME_SIZE);
        }
        return baselines;
    }

    /** Every model of the library whose facts state a figure on the basis, alphabetically. */
    static List<String> stating(CostFacts facts, Basis basis) {
        TreeSet<String> candidates = new TreeSet<>();
        for (String name : List.of(TrainingStage.TOTAL.gpuHours(), TrainingStage.PRE_TRAINING.gpuHours(),
                TrainingStage.TOTAL.cost(), PER_TRILLION, FLOPS_PER_TOKEN)) {
            candidates.addAll(facts.modelsStating(name));
        }
        return candidates.stream().filter(name -> states(facts, name, basis)).toList();
    }

    /** A baseline's whole-run GPU-hours: its total, or its pre-training when that is all its sources state. */
    static CostFacts.Stated trainingGpuHours(CostFacts facts, String baseline) throws CheckException {
        var total = facts.optionalFigure(baseline, TrainingStage.TOTAL.gpuHours(), Unit.GPU_HOURS);
        return total.isPresent() ? total.get() : facts.figure(baseline, TrainingStage.PRE_TRAINING.gpuHours(),
                Unit.GPU_HOURS);
    }

    /** A baseline without a stated cost, priced as its GPU-hours at the model's GPU-hour price. */
    private static Comparison pricedHours(CostFacts facts, String model, String baseline, CostFacts.Stated ours)
            throws CheckException {
        CostFacts.Stated hours = trainingGpuHours(facts, baseline);
        CostFacts.Stated price = facts.figure(model, PRICE, Unit.USD);
        double theirs = hours.number() * price.number();
        return new Comparison(ours.number(), theirs, List.of(ours.value(), hours.value(), price.value()), List.of(
                ours.describe() + " vs " + baseline + " priced at " + model + "'s rate: " + hours.describe() + " × "
                        + price.describe(),
                String.format(Locale.ROOT, "%s at $%.2f per GPU-hour: %,.0f × %.2f = $%,.0f", baseline,
                        price.number(), hours.number(), price.number(), theirs)));
    }

    /** FLOPs per token 6·N: the model's active parameters against all of them, which a dense model would use. */
    private static Comparison denseSameSize(CostFacts facts, String model) throws CheckException {
        CostFacts.Stated active = facts.figure(model, "active-params", Unit.PARAMETERS);
        CostFacts.Stated total = facts.figure(model, "total-params", Unit.PARAMETERS);
        return new Comparison(active.number(), total.number(), List.of(active.value(), total.value()),
                List.of(String.format(Locale.ROOT, "training FLOPs per token 6·N: %s activates %.0fB of %.0fB "
                        + "parameters; a dense model of the same size activates all (the factor 6 cancels)", model,
                        active.number() / 1e9, total.number() / 1e9)));
    }
}
