package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * The training state an optimizer keeps per parameter — master weights, weight gradients and the two AdamW moments —
 * and the format each is kept in: the reference BF16 mixed precision with FP32 state, or a model's recipe as the
 * library's facts state it ({@code MODEL.master-weights-format}, {@code MODEL.weight-gradients-format},
 * {@code MODEL.adamw-moments-format}, each a property naming a {@link StorageFormat}). Activations and any
 * low-precision working copy of the weights are not counted.
 *
 * @param name       {@code bf16-mixed}, or the model whose facts state the recipe
 * @param components master weights, weight gradients, AdamW first and second moment, in that order
 */
public record TrainingRecipe(String name, List<Component> components) {

    /** The name of the reference recipe. */
    public static final String BF16_MIXED = "bf16-mixed";
    /** What a check's {@code recipe} parameter accepts, for its documentation. */
    public static final String PARAMETER_TYPE = "bf16-mixed or a model of the library";
    /** What a check's {@code recipe} parameter means, for its documentation. */
    public static final String PARAMETER_DESCRIPTION = "the precision recipe: BF16 mixed precision with FP32 state, "
            + "or the recipe a model's facts state (MODEL.master-weights-format, MODEL.weight-gradients-format, "
            + "MODEL.adamw-moments-format)";

    private static final List<String> COMPONENTS = List.of("master weights", "weight gradients", "AdamW first moment",
            "AdamW second moment");
    private static final List<String> FACTS = List.of("master-weights-format", "weight-gradients-format",
            "adamw-moments-format", "adamw-moments-format");
    private static final Source FP32_STATE = new Source("R", "§3.3.3 p.18: master weights and gradients in FP32; "
            + "BF16 moments adopted 'instead of FP32'");

    /** One per-parameter tensor of the training state and the format it is kept in. */
    public record Component(String name, StorageFormat format, Source source) {
        public Component {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(source, "source");
        }
    }

    public TrainingRecipe {
        Objects.requireNonNull(name, "name");
        components = List.copyOf(components);
    }

    /** BF16 mixed precision with FP32 master weights, gradients and AdamW moments: 4 + 4 + 4 + 4 = 16 bytes. */
    public static TrainingRecipe bf16Mixed() {
        return new TrainingRecipe(BF16_MIXED, COMPONENTS.stream()
                .map(component -> new Component(component, StorageFormat.FP32, FP32_STATE)).toList());
    }

    /**
     * The recipe a claim names: {@code bf16-mixed}, or a model whose facts state its recipe.
     *
     * @throws CheckException INVALID_INPUT when the name is neither (the message lists the recipes the library
     *                        states), or a fact names no storage format; UNSTATED when a fact records an absence
     */
    public static TrainingRecipe of(String name, CheckContext context) throws CheckException {
        if (name.equals(BF16_MIXED)) {
            return bf16Mixed();
        }
        return stated(name, context::optionalFact).orElseThrow(() -> CheckException.invalid("recipe: expected one "
                + "of " + String.join(", ", names(context.factNames())) + " (bf16-mixed or a model whose facts state "
                + "its training-state formats), got \"" + name + "\""));
    }

    /**
     * The recipe a model's facts state, if they state its master-weights format.
     *
     * @throws CheckException UNSTATED when a fact of the recipe is missing or records an absence; INVALID_INPUT when
     *                        a fact names no storage format
     */
    public static Optional<TrainingRecipe> stated(String model, Function<String, Optional<Fact>> facts)
            throws CheckException {
        if (facts.apply(model + "." + FACTS.get(0)).isEmpty()) {
            return Optional.empty();
        }
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < COMPONENTS.size(); i++) {
            String name = model + "." + FACTS.get(i);
            Fact fact = facts.apply(name).orElseThrow(() -> CheckException.unstated(name + ": the library "
                    + "states no such fact, which the training-state recipe of " + model + " needs"));
            components.add(new Component(COMPONENTS.get(i), format(fact), fact.source()));
        }
        return Optional.of(new TrainingRecipe(model, components));
    }

    /** bf16-mixed and every model whose facts state a master-weights format, for messages and documentation. */
    public static List<String> names(List<String> factNames) {
        List<String> names = new ArrayList<>(List.of(BF16_MIXED));
        String suffix = "." + FACTS.get(0);
        factNames.stream().filter(name -> name.endsWith(suffix))
                .map(name -> name.substring(0, name.length() - suffix.length())).forEach(names::add);
        return names;
    }

    /**
     * Bytes of training state per parameter: the sum of the components' widths.
     *
     * @return bytes per parameter, 16 for bf16-mixed and 12 for DeepSeek-V3's recipe (R §3.3.3 p.18)
     */
    public long bytesPerParam() {
        return components.stream().mapToLong(component -> component.format().bytes()).sum();
    }

    /** Each component's width as an input of a derivation, with the source of its format. */
    public List<SourcedValue> inputs() {
        return components.stream().map(component -> new SourcedValue(component.name() + " (" + component.format()
                + ")", component.format().bytes(), Unit.BYTES, component.source())).toList();
    }

    /** The sum in words: "name: master weights FP32 4 + weight gradients FP32 4 + … = 12 bytes per parameter". */
    public String working() {
        return name + ": " + String.join(" + ", components.stream().map(component -> component.name() + " "
                + component.format() + " " + component.format().bytes()).toList()) + " = " + bytesPerParam()
                + " bytes per parameter";
    }

    private static StorageFormat format(Fact fact) throws CheckException {
        if (fact.value() instanceof Fact.Property property) {
            return Named.byId(StorageFormat.class, property.text()).orElseThrow(() -> CheckException.invalid(
                    fact.name() + ": expected " + Named.oneOf(StorageFormat.class) + ", got \"" + property.text()
                            + "\""));
        }
        if (fact.value() instanceof Fact.NotStated absent) {
            throw CheckException.unstated(fact.name() + " is not stated: " + absent.searched());
        }
        throw CheckException.invalid(fact.name() + ": expected a property naming a storage format, got a figure");
    }
}
