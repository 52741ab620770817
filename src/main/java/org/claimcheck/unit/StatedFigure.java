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

    /**
     * The significant digits as written: 2 for "84%", 3 for "$100M", 4 for "$5.576M", 1 for "0%". A figure is
     * precise to one step of its last digit, {@code 2 × halfStep}, so the digits run from its leading one down to that
     * step: {@code floor(log10 |value|) − log10(2 × halfStep) + 1}, at least 1.
     */
    public int significantDigits() {
        double magnitude = Math.abs(quantity.value());
        if (magnitude == 0 || halfStep == 0) {
            return 1;
        }
        // the small allowance keeps exact powers of ten (1e8) from flooring one short through rounding of log10
        long leading = (long) Math.floor(Math.log10(magnitude) + 1e-9);
        long last = Math.round(Math.log10(2 * halfStep));
        return (int) Math.max(1, leading - last + 1);
    }

    /** The half step in the dimension's base unit (for a percent, as a fraction). */
    public double halfStepInBase() {
        return halfStep * quantity.unit().factorToBase();
    }
}
