package org.claimcheck.claim;

import java.util.Objects;
import org.claimcheck.unit.StatedFigure;

/** What a claim asserts, made precise. */
public sealed interface Assertion permits Assertion.Figure, Assertion.Mechanism, Assertion.NothingTestable {

    /** How a derived value must relate to a claimed figure. */
    enum Bound {
        /** within the tolerance either side ("84%"). */
        ABOUT,
        /** at most the figure plus the tolerance ("up to 2%", "eliminates" = at most 0). */
        AT_MOST,
        /** at least the figure minus the tolerance ("over $100M"). */
        AT_LEAST
    }

    /**
     * A figure: a value with unit, a bound and a tolerance.
     *
     * @param figure    the figure as the article writes it
     * @param bound     how a derived value must relate to it
     * @param tolerance the allowance, given or implied by the figure's precision
     */
    record Figure(StatedFigure figure, Bound bound, Tolerance tolerance) implements Assertion {
        public Figure {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(bound, "bound");
            Objects.requireNonNull(tolerance, "tolerance");
        }
    }

    /**
     * A mechanism, in the claim author's words; each interpretation names the stated property it is compared with.
     *
     * @param statement what the article says the system does, made precise
     */
    record Mechanism(String statement) implements Assertion {
        public Mechanism {
            Objects.requireNonNull(statement, "statement");
        }
    }

    /**
     * No testable content: an opinion, a metaphor, or a figure about a third party out of scope.
     *
     * @param reason why it cannot be checked
     */
    record NothingTestable(String reason) implements Assertion {
        public NothingTestable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
