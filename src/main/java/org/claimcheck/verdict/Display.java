package org.claimcheck.verdict;

import org.claimcheck.claim.Numbers;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/** Shows quantities to people, in the unit the claim uses where the dimension allows. */
public final class Display {

    private Display() {
    }

    /** "90.8642%" when {@code preferred} is percent; large counts with a suffix: "405.853B parameters". */
    public static String quantity(Quantity quantity, Unit preferred) {
        Quantity shown = preferred.dimension() == quantity.dimension() ? quantity.to(preferred) : quantity;
        return Numbers.human(shown.value(), shown.unit());
    }

    /** A value in base units, shown in {@code unit}'s terms. */
    public static String base(double valueInBase, Unit unit) {
        return quantity(Quantity.of(valueInBase / unit.factorToBase(), unit), unit);
    }
}
