package org.claimcheck.unit;

import java.util.Objects;

/**
 * A real value with its unit.
 *
 * @param value a finite number, in {@code unit}
 * @param unit  the unit of {@code value}
 */
public record Quantity(double value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a quantity must be finite, got " + value);
        }
    }

    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, unit);
    }

    public Dimension dimension() {
        return unit.dimension();
    }

    /** The value in the dimension's base unit (ratio, parameters, bytes, USD …). */
    public double inBase() {
        return value * unit.factorToBase();
    }

    /**
     * The same quantity in another unit of the same dimension.
     *
     * @throws IllegalArgumentException when the dimensions differ
     */
    public Quantity to(Unit target) {
        if (target.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("cannot convert " + unit.symbol() + " to " + target.symbol());
        }
        return new Quantity(inBase() / target.factorToBase(), target);
    }
}
