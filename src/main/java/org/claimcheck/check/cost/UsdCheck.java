package org.claimcheck.check.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * Training cost in dollars of a model's stage: as its facts state it ({@code MODEL.STAGE-cost}), or as its GPU-hours
 * times a price per GPU-hour (given, or a model's {@code gpu-hour-price}).
 */
final class UsdCheck implements Check {

    private static final double MAX_PRICE = 1e4;
    private static final String PRICE = "price_per_gpu_hour";
    private static final String PRICE_OF = "price_of";

    @Override
    public String kind() {
        return "cost.usd";
    }

    @Override
    public String summary() {
        return "training cost of a model's stage (USD), stated or GPU-hours × price";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required("model", "a model of the library", "whose cost (its facts STAGE-cost, "
                        + "STAGE-gpu-hours, gpu-hour-price; see claims/README.md)"),
                Parameter.optional("stage", Named.oneOf(TrainingStage.class), "the stage; default total"),
                Parameter.optional("method", "table | hours-times-price", "the stated cost, or the stage's "
                        + "GPU-hours × a price; default table"),
                Parameter.optional(PRICE, "a number in (0, 10000] (USD)", "the price for hours × price"),
                Parameter.optional(PRICE_OF, "a model of the library", "for hours × price without "
                        + PRICE + ": the model whose gpu-hour-price is used; default the model itself"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String model = parameters.string("model");
        TrainingStage stage = parameters.choice("stage", TrainingStage.TOTAL);
        boolean table = parameters.choice("method", "table", List.of("table", "hours-times-price")).equals("table");
        for (String priceParameter : List.of(PRICE, PRICE_OF)) {
            if (table && parameters.names().contains(priceParameter)) {
                throw CheckException.invalid(priceParameter + ": applies to GPU-hours × price, not to the stated "
                        + "cost of " + model + " (give method: hours-times-price)");
            }
        }
        if (parameters.names().contains(PRICE) && parameters.names().contains(PRICE_OF)) {
            throw CheckException.invalid(PRICE_OF + ": give " + PRICE + " or " + PRICE_OF + ", not both");
        }
        CostFacts facts = new CostFacts(context);
        List<SourcedValue> inputs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        double usd;
        Optional<Double> pricePerGpuHour;
        if (table) {
            CostFacts.Stated cost = facts.figure(model, stage.cost(), Unit.USD);
            inputs.add(cost.value());
            steps.add(cost.describe());
            usd = cost.number();
            pricePerGpuHour = facts.optionalFigure(model, "gpu-hour-price", Unit.USD).map(CostFacts.Stated::number);
        } else {
            CostFacts.Stated hours = facts.figure(model, stage.gpuHours(), Unit.GPU_HOURS);
            SourcedValue price = price(facts, parameters, model);
            inputs.add(hours.value());
            inputs.add(price);
            usd = hours.number() * price.value();
            pricePerGpuHour = Optional.of(price.value());
            steps.add(hours.describe());
            steps.add(String.format(Locale.ROOT, "%,.0f GPU-hours × $%.2f per GPU-hour = $%,.0f", hours.number(),
                    price.value(), usd));
        }
        return new Measurement(new Measurement.Numeric(Quantity.of(usd, Unit.USD)), inputs, steps,
                List.of(BudgetPlots.usd(facts, pricePerGpuHour)));
    }

    private static SourcedValue price(CostFacts facts, Parameters parameters, String model) throws CheckException {
        if (parameters.names().contains(PRICE)) {
            double price = parameters.number(PRICE, 0, Double.MIN_VALUE, MAX_PRICE);
            return new SourcedValue("price per GPU-hour", price, Unit.USD, parameters.source(PRICE));
        }
        return facts.figure(parameters.optionalString(PRICE_OF).orElse(model), "gpu-hour-price", Unit.USD).value();
    }
}
