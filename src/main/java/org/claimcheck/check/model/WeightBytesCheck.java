package org.claimcheck.check.model;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * {@code model.weight-bytes}: the bytes of a library model's weights at the precisions it ships in (its
 * {@code torch_dtype}, and MXFP4 for the experts of a family that ships them so), as {@link WeightStorage} counts.
 */
final class WeightBytesCheck implements Check {

    @Override
    public String kind() {
        return "model.weight-bytes";
    }

    @Override
    public String summary() {
        return "bytes of the main model's weights at the precisions it ships in (MXFP4 experts included), in bytes";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ModelInputs.CONFIG);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String modelName = parameters.string(ModelInputs.CONFIG.name());
        Architecture model = ModelInputs.architecture(context, modelName);
        ExactCount bytes = ModelInputs.exact(model.configPath(), () -> WeightStorage.of(model));
        List<String> steps = new ArrayList<>(bytes.steps());
        steps.addAll(PublishedCounts.weightNotes(modelName, bytes.value(), context::optionalFact));
        return Measurement.of(Quantity.of(bytes.value(), Unit.BYTES), bytes.inputs(), steps);
    }
}
