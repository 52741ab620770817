package org.claimcheck.check.cost;

import java.util.List;
import java.util.Optional;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Numbers;
import org.claimcheck.unit.Unit;

/**
 * A training budget as the library's facts state it, by the names the cost checks look up in a model's namespace:
 * {@code STAGE-gpu-hours} and {@code STAGE-cost} for each {@link TrainingStage}, {@code gpu-hour-price},
 * {@code gpu-hours-per-trillion-tokens}, {@code pretraining-tokens}, {@code pretraining-sequence-length},
 * {@code training-cluster-gpus}, {@code active-params}, {@code total-params}, {@code training-flops-per-token} and
 * {@code training-gpu} (a property naming a GPU, whose namespace states {@code dense-bf16-peak} and
 * {@code dense-fp8-peak}). A model added to the library with these facts can be named by every cost check.
 */
final class CostFacts {

    private final CheckContext context;

    CostFacts(CheckContext context) {
        this.context = context;
    }

    /**
     * A figure a model's facts state, in {@code unit}, with its source and note.
     *
     * @throws CheckException UNSTATED when the library has no such fact, or records it as not stated
     */
    Stated figure(String model, String name, Unit unit) throws CheckException {
        return optionalFigure(model, name, unit).orElseThrow(() -> CheckException.unstated(model + "." + name
                + ": the library's facts state no such figure"));
    }

    /**
     * A figure a model's facts state, if they have a fact of that name.
     *
     * @throws CheckException UNSTATED when the fact records an absence; INVALID_INPUT when it is not a figure of
     *                        {@code unit}'s dimension
     */
    Optional<Stated> optionalFigure(String model, String name, Unit unit) throws CheckException {
        Optional<Fact> found = context.optionalFact(model + "." + name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Fact fact = found.get();
        if (fact.value() instanceof Fact.NotStated absent) {
            throw CheckException.unstated(fact.name() + " is not stated: " + absent.searched() + " ("
                    + fact.source().cite() + ")");
        }
        if (!(fact.value() instanceof Fact.Figure figure) || figure.quantity().dimension() != unit.dimension()) {
            throw CheckException.invalid(fact.name() + ": expected a figure in " + unit.symbol() + ", got "
                    + fact.value());
        }
        double value = figure.quantity().unit() == unit ? figure.quantity().value()
                : figure.quantity().to(unit).value();
        return Optional.of(new Stated(new SourcedValue(fact.name(), value, unit, fact.source()), fact.note()));
    }

    /**
     * A property a model's facts state, such as its {@code training-gpu}.
     *
     * @throws CheckException UNSTATED when the library has no such property
     */
    String property(String model, String name) throws CheckException {
        Optional<Fact> found = context.optionalFact(model + "." + name);
        if (found.isPresent() && found.get().value() instanceof Fact.Property property) {
            return property.text();
        }
        throw CheckException.unstated(model + "." + name + ": the library's facts state no such property");
    }

    /** Whether a model's namespace has a fact of that name. */
    boolean states(String model, String name) {
        return context.optionalFact(model + "." + name).isPresent();
    }

    /** Every namespace of the library that has a fact named {@code name}, alphabetically. */
    List<String> modelsStating(String name) {
        String suffix = "." + name;
        return context.factNames().stream().filter(fact -> fact.endsWith(suffix))
                .map(fact -> fact.substring(0, fact.length() - suffix.length())).toList();
    }

    /** The context, for the checks that run another. */
    CheckContext context() {
        return context;
    }

    /**
     * A figure with the note its fact carries.
     *
     * @param value the figure, named by its fact, with its source
     * @param note  the fact's note, possibly empty
     */
    record Stated(SourcedValue value, String note) {

        double number() {
            return value.value();
        }

        /** "deepseek-v3.total-gpu-hours = 2.788M GPU-hours (R, Table 1, p.5; H800 GPU-hours of the official run)". */
        String describe() {
            return value.name() + " = " + Numbers.human(value.value()) + " " + value.unit().symbol() + " ("
                    + value.source().cite() + (note.isEmpty() ? "" : "; " + note) + ")";
        }
    }
}
