package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimcheck.unit.Quantity;

/**
 * What a check found: a quantity (or, for a mechanism, a stated property as text), every input it used with its
 * source, the steps of the working in words, and the data of its plots.
 *
 * @param outcome the result
 * @param inputs  every number the derivation used, each with a source
 * @param steps   the working, one line a step, readable without the code ("61 layers × 576 elements = 35,136")
 * @param plots   plot data, possibly empty
 */
public record Measurement(Outcome outcome, List<SourcedValue> inputs, List<String> steps, List<Plot> plots) {

    public Measurement {
        Objects.requireNonNull(outcome, "outcome");
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
        plots = List.copyOf(plots);
    }

    /** A numeric result. */
    public static Measurement of(Quantity quantity, List<SourcedValue> inputs, List<String> steps) {
        return new Measurement(new Numeric(quantity), inputs, steps, List.of());
    }

    /** A mechanism as the architecture states it. */
    public static Measurement stated(String property, List<SourcedValue> inputs, List<String> steps) {
        return new Measurement(new Stated(property), inputs, steps, List.of());
    }

    /** A copy with one more plot. */
    public Measurement withPlot(Plot plot) {
        List<Plot> more = new ArrayList<>(plots);
        more.add(plot);
        return new Measurement(outcome, inputs, steps, more);
    }

    /** The numeric result. @throws IllegalStateException when the outcome is a stated property */
    public Quantity quantity() {
        if (outcome instanceof Numeric numeric) {
            return numeric.quantity();
        }
        throw new IllegalStateException("not a numeric measurement: " + outcome);
    }

    /** A result: a number with a unit, or a property stated in words. */
    public sealed interface Outcome permits Numeric, Stated {
    }

    /** A number with its unit. */
    public record Numeric(Quantity quantity) implements Outcome {
        public Numeric {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** A mechanism or property as its source states it, in a short normalised word ("per-token-latent"). */
    public record Stated(String property) implements Outcome {
        public Stated {
            Objects.requireNonNull(property, "property");
        }
    }
}
