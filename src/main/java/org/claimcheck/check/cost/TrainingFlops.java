package org.claimcheck.check.cost;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * A model's pre-training FLOPs D × (FLOPs per token) under one of three rules: 6·N per token (N active parameters,
 * published or computed from the config), FLOPs per token as its facts state them (the hardware paper's, for
 * DeepSeek-V3), or the model calculator's training FLOPs per token at the pre-training sequence length.
 */
final class TrainingFlops {

    private static final double TERA = 1e12;

    private TrainingFlops() {
    }

    /**
     * Training FLOPs, recording the inputs and steps.
     *
     * @param rule         6nd, hw-per-token or calculator
     * @param activeSource published or computed, for 6nd
     * @return FLOPs, &gt; 0
     * @throws CheckException UNSTATED when a figure the rule needs is not in the facts; as the model checks run
     */
    static double of(CostFacts facts, String model, String rule, String activeSource, List<SourcedValue> inputs,
                     List<String> steps) throws CheckException {
        CostFacts.Stated tokens = facts.figure(model, "pretraining-tokens", Unit.TOKENS);
        inputs.add(tokens.value());
        if (rule.equals("hw-per-token")) {
            CostFacts.Stated perToken = facts.figure(model, "training-flops-per-token", Unit.FLOPS);
            inputs.add(perToken.value());
            double flops = perToken.number() * tokens.number();
            steps.add(String.format(Locale.ROOT, "%.0f GFLOP per token (%s) × %.1fT tokens = %.3e FLOPs",
                    perToken.number() / 1e9, perToken.value().source().cite(), tokens.number() / TERA, flops));
            return flops;
        }
        if (rule.equals("calculator")) {
            return calculator(facts, model, tokens, inputs, steps);
        }
        SourcedValue active = activeSource.equals("published")
                ? facts.figure(model, "active-params", Unit.PARAMETERS).value() : computedActive(facts, model);
        inputs.add(active);
        double flops = Utilisation.trainingFlops(active.value(), tokens.number());
        steps.add(String.format(Locale.ROOT, "6 × %.2fB activated parameters (%s) × %.1fT tokens = %.3e FLOPs",
                active.value() / 1e9, activeSource, tokens.number() / TERA, flops));
        return flops;
    }

    private static double calculator(CostFacts facts, String model, CostFacts.Stated tokens,
                                      List<SourcedValue> inputs, List<String> steps) throws CheckException {
        CostFacts.Stated sequence = facts.figure(model, "pretraining-sequence-length", Unit.TOKENS);
        inputs.add(sequence.value());
        long contextTokens = (long) sequence.number();
        Measurement perToken = facts.context().measure("model.flops-per-token", Parameters.of(Map.of("config",
                model, "pass", "training", "context", contextTokens)));
        double flopsPerToken = perToken.quantity().inBase();
        inputs.addAll(perToken.inputs());
        double flops = flopsPerToken * tokens.number();
        steps.add(String.format(Locale.ROOT, "%.1f GFLOP per token (model calculator: 3 × forward, attention "
                + "included, at %d tokens) × %.1fT tokens = %.3e FLOPs", flopsPerToken / 1e9, contextTokens,
                tokens.number() / TERA, flops));
        return flops;
    }

    private static SourcedValue computedActive(CostFacts facts, String model) throws CheckException {
        Measurement measured = facts.context().measure("model.active-params", Parameters.of(Map.of("config", model)));
        double params;
        try {
            params = measured.quantity().to(Unit.PARAMETERS).value();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw CheckException.unstated("active_params: model.active-params gave no parameter count: "
                    + e.getMessage());
        }
        return new SourcedValue("activated parameters per token (computed)", params, Unit.PARAMETERS,
                new Source("CFG", "model.active-params check on the config of " + model));
    }
}
