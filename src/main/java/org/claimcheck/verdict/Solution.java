package org.claimcheck.verdict;

import java.util.Objects;
import org.claimcheck.claim.Numbers;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.StatedFigure;

/**
 * What would make a figure that does not follow true: the value of an expression's free input ({@code solve_for})
 * that gives the claimed figure, or that no value does. Solved values are shown to one significant digit more than
 * the claimed figure has: a figure written "84%" only pins them down that far.
 */
public sealed interface Solution permits Solution.None, Solution.Solved, Solution.Unsolvable {

    /** Nothing asked for or needed: no {@code solve_for}, or the figure follows. */
    Solution NONE = new None();

    /** In words: "84% would need dense = 229B parameters instead of 404B parameters"; "" for none. */
    String text();

    /** Nothing to solve. */
    record None() implements Solution {
        @Override
        public String text() {
            return "";
        }
    }

    /**
     * The free input's value that gives the claimed figure.
     *
     * @param claimed the claimed figure
     * @param input   the free input's name in the expression
     * @param needed  the value that gives the figure, in the input's base unit
     * @param stated  the value the sources give, in the same unit
     */
    record Solved(StatedFigure claimed, String input, Quantity needed, Quantity stated) implements Solution {
        public Solved {
            Objects.requireNonNull(claimed, "claimed");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(needed, "needed");
            Objects.requireNonNull(stated, "stated");
        }

        /** Significant digits of the values shown: the claimed figure's and one more. */
        public int digits() {
            return claimed.significantDigits() + 1;
        }

        @Override
        public String text() {
            return claimed.text() + " would need " + input + " = " + Numbers.human(needed.value(), digits()) + " "
                    + needed.unit().symbol() + " instead of " + Numbers.human(stated.value(), digits()) + " "
                    + stated.unit().symbol();
        }
    }

    /**
     * No value of the free input gives the claimed figure.
     *
     * @param claimed the claimed figure
     * @param input   the free input's name
     */
    record Unsolvable(StatedFigure claimed, String input) implements Solution {
        public Unsolvable {
            Objects.requireNonNull(claimed, "claimed");
            Objects.requireNonNull(input, "input");
        }

        @Override
        public String text() {
            return "no value of " + input + " makes the expression give " + claimed.text();
        }
    }
}
