package org.claimcheck.check.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * A parameter count of a library model ({@code model.total-params}, {@code model.active-params},
 * {@code model.active-params-with-embedding}, {@code model.mtp-params}), exact, with the tensor-by-tensor working and,
 * where the vendor publishes a figure, whether the config reproduces it under the vendor's convention.
 */
final class ParamCountCheck implements Check {

    private final ParamScope scope;

    public ParamCountCheck(ParamScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    @Override
    public String kind() {
        return scope.kind();
    }

    @Override
    public String summary() {
        return scope.summary();
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ModelInputs.CONFIG);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String modelName = parameters.string(ModelInputs.CONFIG.name());
        Architecture model = ModelInputs.architecture(context, modelName);
        ExactCount count = ModelInputs.exact(model.configPath(), () -> scope.count(model));
        List<String> steps = new ArrayList<>(count.steps());
        steps.addAll(PublishedCounts.notes(modelName, scope, count.value(), context::optionalFact));
        return Measurement.of(Quantity.of(count.value(), Unit.PARAMETERS), count.inputs(), steps);
    }
}
