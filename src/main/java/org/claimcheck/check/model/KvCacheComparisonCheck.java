package org.claimcheck.check.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

/**
 * {@code model.kv-cache-comparison}: the KV-cache bytes per token of the first listed model over the second's
 * (a ratio), each at its own precision if {@code precisions} says so, with every listed model's cache of one
 * sequence against context length in one plot (MHA, GQA and MLA side by side, sliding-window layers capped).
 */
final class KvCacheComparisonCheck implements Check {

    private static final Parameter CONFIGS = Parameter.required("configs", "a list of 2 or more model names",
            "the models to compare; the ratio is the first over the second");
    private static final Parameter PRECISIONS = Parameter.optional("precisions", "a list with one format or bit "
            + "width per model", "each model's cache at its own precision, in the order of configs; overrides "
            + "precision");
    private static final Parameter AT = Parameter.optional("at", "an integer in [1, 1048576]",
            "compare the caches of one sequence of this many tokens (sliding-window layers capped); default: bytes "
                    + "per token with every layer keeping it");
    private static final Parameter CONTEXT = Parameter.optional("context", "an integer in [1, 1048576]",
            "the longest context plotted, in tokens; default 131072");

    @Override
    public String kind() {
        return "model.kv-cache-comparison";
    }

    @Override
    public String summary() {
        return "KV-cache bytes per token of the first model over the second's, as a ratio; plots all models";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CONFIGS, ModelInputs.PRECISION, PRECISIONS, AT, CONTEXT);
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        List<String> names = parameters.strings(CONFIGS.name());
        if (names.size() < 2 || names.stream().distinct().count() != names.size()) {
            throw CheckException.invalid("configs: expected a list of 2 or more distinct model names, got " + names);
        }
        Map<String, KvPrecision> precisions = precisions(parameters, names);
        long at = parameters.optionalInteger(AT.name()).isPresent()
                ? ModelInputs.context(parameters, AT.name(), 1) : 0;
        long tokens = ModelInputs.context(parameters, CONTEXT.name(), Math.max(131_072, at));
        Map<String, Architecture> models = new LinkedHashMap<>();
        Map<String, ExactCount> caches = new LinkedHashMap<>();
        for (String name : names) {
            Architecture model = ModelInputs.architecture(context, name);
            models.put(name, model);
            KvPrecision precision = precisions.get(name);
            caches.put(name, ModelInputs.exact(model.configPath(), () -> at > 0
                    ? KvCache.bytesPerSequence(model, precision, at) : KvCache.bytesPerToken(model, precision)));
        }
        List<SourcedValue> inputs = new ArrayList<>();
        if (at > 0) {
            inputs.add(new SourcedValue("at", at, Unit.TOKENS, parameters.source(AT.name())));
        }
        return measurement(names, caches, at > 0 ? "for one sequence of " + at + " tokens" : "per token", inputs)
                .withPlot(KvCachePlot.of("kv-cache-comparison", models, precisions::get, tokens));
    }

    /** Each model's precision: from {@code precisions}, one per model, else {@code precision} for all. */
    private static Map<String, KvPrecision> precisions(Parameters parameters, List<String> names)
            throws CheckException {
        Object given = parameters.asMap().get(PRECISIONS.name());
        Map<String, KvPrecision> precisions = new LinkedHashMap<>();
        if (given == null) {
            KvPrecision shared = ModelInputs.precision(parameters);
            names.forEach(name -> precisions.put(name, shared));
            return precisions;
        }
        if (!(given instanceof List<?> list) || list.size() != names.size()) {
            throw CheckException.invalid(PRECISIONS.name() + ": expected a list of " + names.size() + " formats or "
                    + "bit widths, one per model of configs, got " + given);
        }
        for (int i = 0; i < names.size(); i++) {
            precisions.put(names.get(i), ModelInputs.precision(PRECISIONS.name() + "[" + i + "]",
                    list.get(i)));
        }
        return precisions;
    }

    private static Measurement measurement(List<String> names, Map<String, ExactCount> caches, String scope,
                                           List<SourcedValue> inputs) {
        List<String> steps = new ArrayList<>();
        for (Map.Entry<String, ExactCount> entry : caches.entrySet()) {
            inputs.addAll(entry.getValue().inputs());
            List<String> working = entry.getValue().steps();
            steps.add(entry.getKey() + ": " + working.get(0) + "; " + String.join("; ",
                    working.subList(Math.max(1, working.size() - 2), working.size())));
        }
        long first = caches.get(names.get(0)).value();
        long second = caches.get(names.get(1)).value();
        double ratio = (double) first / second;
        steps.add(String.format(Locale.ROOT, "%s / %s = %s / %s = %.4f (%.1f%% %s %s)", names.get(0),
                names.get(1), ExactCount.grouped(first), ExactCount.grouped(second), ratio,
                100 * Math.abs(1 - ratio), ratio <= 1 ? "smaller" : "larger", scope));
        return Measurement.of(Quantity.of(ratio, Unit.RATIO), inputs, steps);
    }
}
