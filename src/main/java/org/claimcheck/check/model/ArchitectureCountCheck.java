package org.claimcheck.check.model;

import java.util.List;
import java.util.Objects;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.unit.Quantity;

/**
 * A count a library model's config states: experts, heads, layers ({@code model.routed-experts},
 * {@code model.active-routed-experts}, {@code model.shared-experts}, {@code model.attention-heads},
 * {@code model.layers}, {@code model.moe-layers}).
 */
final class ArchitectureCountCheck implements Check {

    private final ArchitectureCount count;

    public ArchitectureCountCheck(ArchitectureCount count) {
        this.count = Objects.requireNonNull(count, "count");
    }

    @Override
    public String kind() {
        return count.kind();
    }

    @Override
    public String summary() {
        return count.summary();
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ModelInputs.CONFIG);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        Architecture model = ModelInputs.architecture(context, parameters);
        return Measurement.of(Quantity.of(count.count(model), count.unit()),
                model.fields(count.fields().toArray(String[]::new)), List.of(count.inWords(model)));
    }
}
