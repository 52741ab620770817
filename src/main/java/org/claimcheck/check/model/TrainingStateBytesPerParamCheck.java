package org.claimcheck.check.model;

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
 * {@code model.training-state-bytes-per-param}: bytes of optimizer-held training state per parameter (master
 * weights, gradients, AdamW moments) under a named precision recipe.
 */
public final class TrainingStateBytesPerParamCheck implements Check {

    private static final Parameter RECIPE = Parameter.required("recipe", Named.oneOf(TrainingRecipe.class),
            "the precision recipe: BF16 mixed precision with FP32 state, or DeepSeek-V3's FP8 recipe (R §3.3)");

    @Override
    public String kind() {
        return "model.training-state-bytes-per-param";
    }

    @Override
    public String summary() {
        return "training-state bytes per parameter (master weights, gradients, AdamW moments), in bytes";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(RECIPE);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        TrainingRecipe recipe = parameters.choice(RECIPE.name(), TrainingRecipe.class);
        List<SourcedValue> inputs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (TrainingRecipe.Component component : recipe.components()) {
            inputs.add(new SourcedValue(component.name() + " (" + component.format() + ")",
                    component.format().bytes(), Unit.BYTES, component.source()));
            steps.add(String.format(Locale.ROOT, "%s in %s: %d bytes", component.name(), component.format(),
                    component.format().bytes()));
        }
        steps.add(String.format(Locale.ROOT, "%s: %d bytes per parameter (activations and any low-precision working "
                + "copy of the weights not counted)", recipe.id(), recipe.bytesPerParam()));
        return Measurement.of(Quantity.of(recipe.bytesPerParam(), Unit.BYTES), inputs, steps);
    }
}
