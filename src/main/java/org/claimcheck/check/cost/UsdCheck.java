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
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * Training cost in dollars: DeepSeek-V3's stages as R Table 1 (p.5) states them or as GPU-hours × $2; a Llama
 * baseline's model-card GPU-hours at the same (or a given) price; or GPT-4's reported lower bound (Wired).
 */
public final class UsdCheck implements Check {

    private static final String GPT_4 = "gpt-4-reported";
    private static final List<String> MODELS = List.of(GpuHoursCheck.DEEPSEEK_V3, "llama-3.1-8b", "llama-3.1-70b",
            "llama-3.1-405b", "llama-3-8b", "llama-3-70b", GPT_4);
    private static final double MAX_PRICE = 1e4;

    @Override
    public String kind() {
        return "cost.usd";
    }

    @Override
    public String summary() {
        return "training cost of a model or a DeepSeek-V3 stage (USD)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("model", String.join(" | ", MODELS), "whose cost; default deepseek-v3"),
                Parameter.optional("stage", Named.oneOf(TrainingStage.class),
                        "DeepSeek-V3 stage of R Table 1; default total"),
                Parameter.optional("method", "table | hours-times-price", "deepseek-v3 only: the dollar row of R "
                        + "Table 1, or its GPU-hours × price; default table (Llama models are always hours × price)"),
                Parameter.optional("price_per_gpu_hour", "a number in (0, 10000] (USD)",
                        "price for hours × price; default R's assumed H800 rental price, $2 (Table 1, p.5)"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String model = parameters.choice("model", GpuHoursCheck.DEEPSEEK_V3, MODELS);
        TrainingStage stage = parameters.choice("stage", TrainingStage.TOTAL);
        String method = parameters.choice("method", "table", List.of("table", "hours-times-price"));
        boolean v3 = model.equals(GpuHoursCheck.DEEPSEEK_V3);
        if (!v3 && (parameters.names().contains("stage") || parameters.names().contains("method"))) {
            throw CheckException.invalid("model: stage and method apply to deepseek-v3 only, got " + model);
        }
        boolean pricedByTable = model.equals(GPT_4) || v3 && method.equals("table");
        if (pricedByTable && parameters.names().contains("price_per_gpu_hour")) {
            throw CheckException.invalid("price_per_gpu_hour: applies to GPU-hours × price, not to the stated cost"
                    + " of " + model + (v3 ? " (give method: hours-times-price)" : ""));
        }
        BudgetFigures figures = BudgetFigures.load(context);
        List<SourcedValue> inputs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        double usd = usd(figures, parameters, model, stage, method, inputs, steps);
        return new Measurement(new Measurement.Numeric(Quantity.of(usd, Unit.USD)), inputs, steps,
                List.of(BudgetPlots.usd(figures)));
    }

    private static double usd(BudgetFigures figures, Parameters parameters, String model, TrainingStage stage,
                              String method, List<SourcedValue> inputs, List<String> steps) throws CheckException {
        boolean v3 = model.equals(GpuHoursCheck.DEEPSEEK_V3);
        double usd;
        if (model.equals(GPT_4)) {
            SourcedValue reported = figures.gpt4ReportedUsd();
            inputs.add(reported);
            steps.add(String.format(Locale.ROOT, "Wired (2023-04-17): GPT-4 training cost over $%,.0f; a lower "
                    + "bound reported by the press, not an OpenAI figure", reported.value()));
            usd = reported.value();
        } else if (v3 && method.equals("table")) {
            SourcedValue stated = figures.stageUsd(stage);
            inputs.add(stated);
            steps.add(String.format(Locale.ROOT, "R Table 1 (p.5), %s: $%,.0f", stage.id(), stated.value()));
            usd = stated.value();
        } else {
            SourcedValue hours = v3 ? figures.stageGpuHours(stage) : figures.llamaGpuHours(Named.byId(Baseline.class, model).orElseThrow());
            SourcedValue price = price(figures, parameters);
            inputs.add(hours);
            inputs.add(price);
            usd = hours.value() * price.value();
            steps.add(String.format(Locale.ROOT, "%,.0f GPU-hours × $%.2f per GPU-hour = $%,.0f", hours.value(),
                    price.value(), usd));
        }
        return usd;
    }

    private static SourcedValue price(BudgetFigures figures, Parameters parameters) throws CheckException {
        if (parameters.names().contains("price_per_gpu_hour")) {
            double price = parameters.number("price_per_gpu_hour", 0, Double.MIN_VALUE, MAX_PRICE);
            return new SourcedValue("price per GPU-hour", price, Unit.USD,
                    new Source("claim", "with.price_per_gpu_hour"));
        }
        return figures.pricePerGpuHour();
    }
}
