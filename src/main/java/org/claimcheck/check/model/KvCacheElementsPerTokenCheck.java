package org.claimcheck.check.model;

import java.util.List;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/** {@code model.kv-cache-elements-per-token}: elements one token caches over all layers of a library model. */
final class KvCacheElementsPerTokenCheck implements Check {

    @Override
    public String kind() {
        return "model.kv-cache-elements-per-token";
    }

    @Override
    public String summary() {
        return "KV-cache elements per token over all layers (K and V, or MLA latent + RoPE key), in elements";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ModelInputs.CONFIG);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        Architecture model = ModelInputs.architecture(context, parameters);
        ExactCount elements = ModelInputs.exact(model.configPath(), () -> KvCache.elementsPerToken(model));
        return Measurement.of(Quantity.of(elements.value(), Unit.ELEMENTS), elements.inputs(), elements.steps());
    }
}
