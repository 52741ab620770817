package org.claimcheck.check.model;

import java.util.List;
import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * {@code model.kv-cache-bytes-per-token}: bytes one token caches at a precision, with a plot of the cache of one
 * sequence against context length.
 */
final class KvCacheBytesPerTokenCheck implements Check {

    @Override
    public String kind() {
        return "model.kv-cache-bytes-per-token";
    }

    @Override
    public String summary() {
        return "KV-cache bytes per token over all layers at a precision, in bytes";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ModelInputs.CONFIG, ModelInputs.PRECISION);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String modelName = parameters.string(ModelInputs.CONFIG.name());
        Architecture model = ModelInputs.architecture(context, modelName);
        KvPrecision format = ModelInputs.precision(parameters);
        ExactCount bytes = ModelInputs.exact(model.configPath(), () -> KvCache.bytesPerToken(model, format));
        return Measurement.of(Quantity.of(bytes.value(), Unit.BYTES), bytes.inputs(), bytes.steps())
                .withPlot(KvCachePlot.of("kv-cache-vs-context", Map.of(modelName, model), format, 1));
    }
}
