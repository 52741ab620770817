package org.claimcheck.check;

import java.util.Objects;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * One input of a derivation: a named number with its unit and the source it was taken from.
 *
 * @param name   what it is ("num_hidden_layers", "pre-training GPU-hours")
 * @param value  the number, finite, in {@code unit}
 * @param unit   its unit
 * @param source where it comes from
 */
public record SourcedValue(String name, double value, Unit unit, Source source) {

    public SourcedValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }
}
