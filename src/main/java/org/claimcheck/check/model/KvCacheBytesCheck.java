package org.claimcheck.check.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/** {@code model.kv-cache-bytes}: bytes the KV cache of one sequence holds at a context length and precision. */
final class KvCacheBytesCheck implements Check {

    private static final Parameter CONTEXT = Parameter.required("context", "an integer in [1, 1048576]",
            "tokens in the sequence");

    @Override
    public String kind() {
        return "model.kv-cache-bytes";
    }

    @Override
    public String summary() {
        return "KV-cache bytes of one sequence at a context length and precision, in bytes";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ModelInputs.CONFIG, CONTEXT, ModelInputs.PRECISION);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String modelName = parameters.string(ModelInputs.CONFIG.name());
        Architecture model = ModelInputs.architecture(context, modelName);
        long tokens = ModelInputs.context(parameters, CONTEXT.name(), parameters.integer(CONTEXT.name()));
        KvPrecision format = ModelInputs.precision(parameters);
        ExactCount bytes = ModelInputs.exact(model.configPath(),
                () -> KvCache.bytesPerSequence(model, format, tokens));
        List<SourcedValue> inputs = new ArrayList<>(bytes.inputs());
        inputs.add(new SourcedValue("context", tokens, Unit.TOKENS, parameters.source(CONTEXT.name())));
        return Measurement.of(Quantity.of(bytes.value(), Unit.BYTES), inputs, bytes.steps())
                .withPlot(KvCachePlot.of("kv-cache-vs-context", Map.of(modelName, model), format, tokens));
    }
}
