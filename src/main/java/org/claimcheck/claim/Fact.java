package org.claimcheck.claim;

import java.util.Objects;
import org.claimcheck.unit.Quantity;

/**
 * One named fact of a stated architecture or of a baseline: a figure, a stated property, or a recorded absence.
 *
 * @param name   qualified name, {@code namespace.name} ({@code deepseek-v3.pretraining-gpu-hours})
 * @param value  what the sources say
 * @param source where they say it (for an absence: which documents were searched)
 * @param note   a short comment on how to read it, possibly empty
 */
public record Fact(String name, Value value, Source source, String note) {

    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }

    /** What a fact holds. */
    public sealed interface Value permits Figure, Property, NotStated {
    }

    /** A number with its unit. */
    public record Figure(Quantity quantity) implements Value {
        public Figure {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** A stated mechanism or property, as a short normalised word or phrase ("tile-1x128"). */
    public record Property(String text) implements Value {
        public Property {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The sources were searched for this and do not state it; {@code searched} says where and how. */
    public record NotStated(String searched) implements Value {
        public NotStated {
            Objects.requireNonNull(searched, "searched");
        }
    }
}
