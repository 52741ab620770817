package org.claimcheck.check.cost;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;

/** The comparison plots of the cost checks: GPU-hours and dollars of DeepSeek-V3's stages and of the baselines. */
final class BudgetPlots {

    private static final List<Baseline> LLAMAS = List.of(Baseline.LLAMA_3_1_8B, Baseline.LLAMA_3_1_70B,
            Baseline.LLAMA_3_1_405B, Baseline.LLAMA_3_8B, Baseline.LLAMA_3_70B);

    private BudgetPlots() {
    }

    /** GPU-hours of V3's pre-training and whole run next to each Llama model card's figure. */
    static Plot gpuHours(BudgetFigures figures) throws CheckException {
        List<String> labels = new ArrayList<>(List.of("deepseek-v3 pre-training", "deepseek-v3 total"));
        List<Double> values = new ArrayList<>(List.of(figures.stageGpuHours(TrainingStage.PRE_TRAINING).value(),
                figures.stageGpuHours(TrainingStage.TOTAL).value()));
        for (Baseline llama : LLAMAS) {
            labels.add(llama.id());
            values.add(figures.llamaGpuHours(llama).value());
        }
        return categorical("training-gpu-hours", "Training GPU-hours (H800 for DeepSeek-V3, H100 for Llama)",
                "model", "GPU-hours", labels, values);
    }

    /** Dollars: V3's stated total, each Llama at V3's $/GPU-hour, and GPT-4's reported lower bound. */
    static Plot usd(BudgetFigures figures) throws CheckException {
        double price = figures.pricePerGpuHour().value();
        List<String> labels = new ArrayList<>(List.of("deepseek-v3 total"));
        List<Double> values = new ArrayList<>(List.of(figures.stageUsd(TrainingStage.TOTAL).value()));
        for (Baseline llama : LLAMAS) {
            labels.add(llama.id() + " at V3's $/GPU-hour");
            values.add(figures.llamaGpuHours(llama).value() * price);
        }
        SourcedValue gpt4 = figures.gpt4ReportedUsd();
        labels.add("gpt-4 reported (lower bound)");
        values.add(gpt4.value());
        return categorical("training-cost-usd", "Training cost at the report's $/GPU-hour", "model", "USD", labels,
                values);
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
