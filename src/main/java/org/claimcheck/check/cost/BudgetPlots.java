package org.claimcheck.check.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Plot;
import org.claimcheck.unit.Unit;

/** The comparison plots of the cost checks: GPU-hours and dollars of a model's stages and of every other model. */
final class BudgetPlots {

    private BudgetPlots() {
    }

    /** GPU-hours of the model's pre-training and whole run next to every other model's, as their facts state. */
    static Plot gpuHours(CostFacts facts, String model) throws CheckException {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (TrainingStage stage : List.of(TrainingStage.PRE_TRAINING, TrainingStage.TOTAL)) {
            Optional<CostFacts.Stated> hours = facts.optionalFigure(model, stage.gpuHours(), Unit.GPU_HOURS);
            if (hours.isPresent()) {
                labels.add(model + " " + stage.id());
                values.add(hours.get().number());
            }
        }
        for (String other : Comparison.baselines(facts, model, Basis.GPU_HOURS)) {
            labels.add(other);
            values.add(Comparison.trainingGpuHours(facts, other).number());
        }
        return categorical("training-gpu-hours", "Training GPU-hours as each model's sources state them (on its "
                + "own GPUs)", "model", "GPU-hours", labels, values);
    }

    /**
     * Dollars: every model's stated training cost, and the GPU-hours of the others at {@code pricePerGpuHour}.
     *
     * @param pricePerGpuHour the price of the check's reading (given, or a model's gpu-hour-price), if it has one
     */
    static Plot usd(CostFacts facts, Optional<Double> pricePerGpuHour) throws CheckException {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String model : Comparison.stating(facts, Basis.USD)) {
            Optional<CostFacts.Stated> stated = facts.optionalFigure(model, TrainingStage.TOTAL.cost(), Unit.USD);
            if (stated.isPresent()) {
                labels.add(model + " stated");
                values.add(stated.get().number());
            } else if (pricePerGpuHour.isPresent()) {
                labels.add(String.format(Locale.ROOT, "%s at $%.2f per GPU-hour", model, pricePerGpuHour.get()));
                values.add(Comparison.trainingGpuHours(facts, model).number() * pricePerGpuHour.get());
            }
        }
        return categorical("training-cost-usd", "Training cost: stated, or GPU-hours at the price per GPU-hour "
                + "used", "model", "USD", labels, values);
    }

    /** A categorical plot: x = 0, 1, 2 … labelled. */
    static Plot categorical(String id, String title, String xLabel, String yLabel, List<String> labels,
                            List<Double> values) {
        List<Double> x = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            x.add((double) i);
        }
        return new Plot(id, title, xLabel, yLabel, false,
                List.of(new Plot.Series(title, x, values, labels)), List.of());
    }
}
