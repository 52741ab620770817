package org.claimcheck.check.model;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/** {@code model.flops-per-token}: forward or training FLOPs per token of a library model at a context length. */
final class FlopsPerTokenCheck implements Check {

    private static final Parameter CONTEXT = Parameter.optional("context", "an integer in [1, 1048576]",
            "sequence length in tokens; default the config's pre-training length "
                    + "(rope_scaling.original_max_position_embeddings), else 4096");
    private static final Parameter PASS = Parameter.optional("pass", "forward or training",
            "forward pass only, or training (3 × forward); default forward");
    private static final Parameter SPAN = Parameter.optional("attention_span", Named.oneOf(AttentionSpan.class),
            "keys a token attends: mean over a causal sequence, or the last token's; default causal-mean");

    @Override
    public String kind() {
        return "model.flops-per-token";
    }

    @Override
    public String summary() {
        return "forward or training FLOPs per token: 2 × active matrix weights + attention products, in FLOPs";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(ModelInputs.CONFIG, CONTEXT, PASS, SPAN);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        Architecture model = ModelInputs.architecture(context, parameters);
        long tokens = ModelInputs.context(parameters, CONTEXT.name(), model.contextTokens());
        boolean training = parameters.choice(PASS.name(), "forward", List.of("forward", "training"))
                .equals("training");
        AttentionSpan span = parameters.choice(SPAN.name(), AttentionSpan.CAUSAL_MEAN);
        ForwardFlops.Result result = ModelInputs.exact(model.configPath(), () -> training
                ? ForwardFlops.training(model, tokens, span) : ForwardFlops.forward(model, tokens, span));
        List<SourcedValue> inputs = new ArrayList<>(result.inputs());
        if (parameters.optionalInteger(CONTEXT.name()).isPresent()) {
            inputs.add(new SourcedValue("context", tokens, Unit.TOKENS, parameters.source(CONTEXT.name())));
        }
        if (training) {
            inputs.add(new SourcedValue("training FLOPs per forward FLOP", ForwardFlops.TRAINING_MULTIPLIER,
                    Unit.TIMES, new Source("claimcheck", "issue 3: training = 3 × forward")));
        }
        return Measurement.of(Quantity.of(result.flopsPerToken(), Unit.FLOPS), inputs, result.steps());
    }
}
