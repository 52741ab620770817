package org.claimcheck.check.model;

import java.util.List;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.TrainingRecipe;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * {@code model.training-state-bytes-per-param}: bytes of optimizer-held training state per parameter (master
 * weights, gradients, AdamW moments) under a named precision recipe.
 */
final class TrainingStateBytesPerParamCheck implements Check {

    private static final Parameter RECIPE = Parameter.required("recipe", TrainingRecipe.PARAMETER_TYPE,
            TrainingRecipe.PARAMETER_DESCRIPTION);

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
        TrainingRecipe recipe = TrainingRecipe.of(parameters.string(RECIPE.name()), context);
        return Measurement.of(Quantity.of(recipe.bytesPerParam(), Unit.BYTES), recipe.inputs(), List.of(
                recipe.working() + " (activations and any low-precision working copy of the weights not counted)"));
    }
}
