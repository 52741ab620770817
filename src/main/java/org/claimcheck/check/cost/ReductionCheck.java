package org.claimcheck.check.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * DeepSeek-V3's cost or compute against a named baseline, as a reduction 1 − V3/baseline or a factor
 * baseline/V3: every reading a "cost reduction" or "less compute" claim may have, one interpretation each.
 */
public final class ReductionCheck implements Check {

    @Override
    public String kind() {
        return "cost.reduction";
    }

    @Override
    public String summary() {
        return "DeepSeek-V3 vs a baseline: reduction 1 - V3/baseline (ratio) or factor baseline/V3 (x)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required("baseline", Named.oneOf(Baseline.class), "what DeepSeek-V3 is compared "
                        + "with; deepseek-67b and deepseek-v2 are stated per trillion tokens (V2 §3.2.3 p.16)"),
                Parameter.optional("basis", Named.oneOf(Baseline.Basis.class), "what is compared; "
                        + "default gpu-hours, or the baseline's only basis when it has one"),
                Parameter.optional("stage", "pre-training | total", "DeepSeek-V3's side for whole-run GPU-hours and "
                        + "dollars (R Table 1 p.5); default total"),
                Parameter.optional("form", "reduction | times", "1 - V3/baseline, or baseline/V3; default reduction"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        Baseline baseline = parameters.choice("baseline", Baseline.class);
        Baseline.Basis basis = parameters.choice("basis", defaultBasis(baseline));
        if (!baseline.allows(basis)) {
            throw CheckException.invalid("basis: " + baseline.id() + " is stated on "
                    + String.join(" | ", allowedBases(baseline)) + " only, got " + basis.id());
        }
        TrainingStage stage = Named.byId(TrainingStage.class, parameters.choice("stage", "total",
                List.of("pre-training", "total"))).orElseThrow();
        boolean times = parameters.choice("form", "reduction", List.of("reduction", "times"))
                .equals("times");
        BudgetFigures figures = BudgetFigures.load(context);
        Comparison comparison = Comparison.of(figures, baseline, basis, stage);
        List<String> steps = new ArrayList<>(comparison.steps());
        double reduction = Utilisation.reduction(comparison.ours().value(), comparison.theirs().value());
        double factor = comparison.theirs().value() / comparison.ours().value();
        steps.add(String.format(Locale.ROOT, "reduction 1 - %.6g / %.6g = %.1f%%; factor %.6g / %.6g = %.2f×",
                comparison.ours().value(), comparison.theirs().value(), reduction * 100,
                comparison.theirs().value(), comparison.ours().value(), factor));
        Quantity result = times ? Quantity.of(factor, Unit.TIMES) : Quantity.of(reduction, Unit.RATIO);
        return new Measurement(new Measurement.Numeric(result), comparison.inputs(), steps,
                List.of(allReductions(figures, basis, stage)));
    }

    private static Baseline.Basis defaultBasis(Baseline baseline) {
        List<Baseline.Basis> allowed = Arrays.stream(Baseline.Basis.values()).filter(baseline::allows)
                .toList();
        return allowed.contains(Baseline.Basis.GPU_HOURS) ? Baseline.Basis.GPU_HOURS : allowed.get(0);
    }

    private static List<String> allowedBases(Baseline baseline) {
        return Arrays.stream(Baseline.Basis.values()).filter(baseline::allows).map(Baseline.Basis::id)
                .toList();
    }

    /** The reduction against every baseline the basis allows, for the report's plot. */
    private static Plot allReductions(BudgetFigures figures, Baseline.Basis basis, TrainingStage stage)
            throws CheckException {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Baseline other : Baseline.values()) {
            if (other.allows(basis)) {
                Comparison comparison = Comparison.of(figures, other, basis, stage);
                labels.add(other.id());
                values.add(Utilisation.reduction(comparison.ours().value(), comparison.theirs().value()));
            }
        }
        return BudgetPlots.categorical("reduction-by-baseline", "DeepSeek-V3 reduction vs each baseline ("
                + basis.id() + ")", "baseline", "reduction 1 - V3/baseline (fraction)", labels, values);
    }

    /** The two sides of a comparison with their sources and the words that say where each comes from. */
    private record Comparison(SourcedValue ours, SourcedValue theirs, List<String> steps) {

        List<SourcedValue> inputs() {
            return List.of(ours, theirs);
        }

        static Comparison of(BudgetFigures figures, Baseline baseline, Baseline.Basis basis, TrainingStage stage)
                throws CheckException {
            return switch (basis) {
                case GPU_HOURS -> new Comparison(figures.stageGpuHours(stage), figures.llamaGpuHours(baseline),
                        List.of("DeepSeek-V3 " + stage.id() + " H800 GPU-hours (R Table 1) vs " + baseline.id()
                                + " H100 GPU-hours (model card): different GPUs, same unit"));
                case USD -> usd(figures, baseline, stage);
                case GPU_HOURS_PER_TRILLION -> new Comparison(figures.gpuHoursPerTrillionTokens(),
                        figures.perTrillionGpuHours(baseline), List.of("H800 GPU-hours per trillion tokens: "
                        + "DeepSeek-V3 (R p.5) vs " + baseline.id() + " (V2 §3.2.3 p.16)"));
                case FLOPS_PER_TOKEN -> flopsPerToken(figures, baseline);
            };
        }

        private static Comparison usd(BudgetFigures figures, Baseline baseline, TrainingStage stage)
                throws CheckException {
            SourcedValue ours = figures.stageUsd(stage);
            if (baseline == Baseline.GPT_4_REPORTED) {
                return new Comparison(ours, figures.gpt4ReportedUsd(), List.of("DeepSeek-V3 " + stage.id()
                        + " rental cost (R Table 1) vs GPT-4's reported 'over $100 million' (Wired): a lower bound"
                        + " for an all-in estimate, not like for like"));
            }
            SourcedValue hours = figures.llamaGpuHours(baseline);
            SourcedValue price = figures.pricePerGpuHour();
            return new Comparison(ours, new SourcedValue(baseline.id() + " cost at R's $/GPU-hour",
                    hours.value() * price.value(), Unit.USD, hours.source()), List.of(String.format(Locale.ROOT,
                    "%s at R's assumed $%.2f per GPU-hour (an assumption for H100 hours): %,.0f × %.2f",
                    baseline.id(), price.value(), hours.value(), price.value())));
        }

        private static Comparison flopsPerToken(BudgetFigures figures, Baseline baseline) throws CheckException {
            if (baseline == Baseline.DENSE_SAME_SIZE) {
                SourcedValue active = figures.activatedParams();
                SourcedValue total = figures.totalParams();
                return new Comparison(active, total, List.of(String.format(Locale.ROOT, "training FLOPs per token "
                        + "6·N: DeepSeek-V3 activates %.0fB of %.0fB parameters; a dense model of the same size "
                        + "activates all (the factor 6 cancels)", active.value() / 1e9, total.value() / 1e9)));
            }
            String row = baseline == Baseline.QWEN_72B ? "Qwen-72B dense" : "LLaMA-405B dense";
            return new Comparison(figures.hwFlopsPerToken("DeepSeek-V3 MoE 671B"), figures.hwFlopsPerToken(row),
                    List.of("training FLOPs per token at sequence 4096, hardware paper Table 2 (secondary): "
                            + "DeepSeek-V3 vs " + row));
        }
    }
}
