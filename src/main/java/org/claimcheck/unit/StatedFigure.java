package org.claimcheck.unit;

import java.util.Objects;

/**
 * A figure as a text writes it: the quantity it denotes and the precision its digits imply.
 *
 * @param text     the figure as written ("84%", "$5.576M")
 * @param quantity the quantity it denotes (84 %, 5.576e6 USD)
 * @param halfStep half of one step of the last written digit, in the quantity's unit: a figure written "84%"
 *                 stands for anything in [83.5 %, 84.5 %), so its half step is 0.5 (%); never negative
 */
public record StatedFigure(String text, Quantity quantity, double halfStep) {

    public StatedFigure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quantity, "quantity");
        if (!(halfStep >= 0 && Double.isFinite(halfStep))) {
            throw new IllegalArgumentException("halfStep must be finite and >= 0, got " + halfStep);
        }
    }

    /** The half step in the dimension's base unit (for a percent, as a fraction). */
    public double halfStepInBase() {
        return halfStep * quantity.unit().factorToBase();
    }
}
