package org.claimcheck.verdict;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.unit.Quantity;

/**
 * The result of deriving one interpretation of a claim.
 *
 * @param interpretation the interpretation
 * @param outcome        the derived value or stated property, or why none could be derived
 * @param inputs         every number used, with its source
 * @param steps          the working in words
 * @param plots          plot data of the check, possibly empty
 * @param comparison     how it compares with the claim (absent when nothing was derived)
 * @param solution       what value of the free input would make the claim true, or {@link Solution#NONE}
 */
public record Derivation(Interpretation interpretation, Outcome outcome, List<SourcedValue> inputs,
                         List<String> steps, List<Plot> plots, Optional<Comparison> comparison, Solution solution) {

    public Derivation {
        Objects.requireNonNull(interpretation, "interpretation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(solution, "solution");
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
        plots = List.copyOf(plots);
    }

    /** Whether a value or property was derived. */
    public boolean computed() {
        return !(outcome instanceof Unstated);
    }

    /** Whether it was derived and matches the claim. */
    public boolean matches() {
        return comparison.map(Comparison::matches).orElse(false);
    }

    /** What a derivation yields. */
    public sealed interface Outcome permits Value, Property, Unstated {
        /** A derivation from a measurement's outcome. */
        static Outcome of(Measurement.Outcome outcome) {
            if (outcome instanceof Measurement.Numeric numeric) {
                return new Value(numeric.quantity());
            }
            return new Property(((Measurement.Stated) outcome).property());
        }
    }

    /** A derived number. */
    public record Value(Quantity quantity) implements Outcome {
        public Value {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** A stated property. */
    public record Property(String text) implements Outcome {
        public Property {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Nothing derived: the sources do not state what the derivation needs. */
    public record Unstated(String reason) implements Outcome {
        public Unstated {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
