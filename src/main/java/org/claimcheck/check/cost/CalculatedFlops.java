package org.claimcheck.check.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;

/**
 * Two models compared on the training FLOPs per token the architecture calculator derives from their configs
 * ({@code model.flops-per-token}, pass training, each at its config's default context), or a model against a dense
 * model of its own total size: {@code 6 × active} against {@code 6 × total} parameters, both counted from its config.
 * No figure is typed by hand: every input is a config field with its file and field as the source.
 */
final class CalculatedFlops {

    private CalculatedFlops() {
    }

    /**
     * The comparison of {@code model} with {@code baseline} (a model of the library, or {@code dense-same-size}).
     *
     * @throws CheckException as the model checks do: INVALID_INPUT for a model the library has no config for
     */
    static Comparison of(CheckContext context, String model, String baseline) throws CheckException {
        if (baseline.equals(Comparison.DENSE_SAME_SIZE)) {
            Measurement active = context.measure("model.active-params", Parameters.of(Map.of("config", model)));
            Measurement total = context.measure("model.total-params", Parameters.of(Map.of("config", model)));
            return comparison(active, total, String.format(Locale.ROOT, "training FLOPs per token 6·N from the "
                            + "config: %s activates %,.0f of %,.0f parameters; a dense model of the same size "
                            + "activates all (the factor 6 cancels)", model, active.quantity().value(),
                    total.quantity().value()));
        }
        Measurement ours = flops(context, model);
        Measurement theirs = flops(context, baseline);
        return comparison(ours, theirs, String.format(Locale.ROOT, "training FLOPs per token from each config "
                        + "(model.flops-per-token, 3 × forward): %s %.4e vs %s %.4e", model,
                ours.quantity().value(), baseline, theirs.quantity().value()));
    }

    private static Measurement flops(CheckContext context, String model) throws CheckException {
        return context.measure("model.flops-per-token", Parameters.of(Map.of("config", model, "pass", "training")));
    }

    private static Comparison comparison(Measurement ours, Measurement theirs, String step) {
        List<SourcedValue> inputs = new ArrayList<>(ours.inputs());
        inputs.addAll(theirs.inputs());
        return new Comparison(ours.quantity().value(), theirs.quantity().value(), inputs, List.of(step));
    }
}
