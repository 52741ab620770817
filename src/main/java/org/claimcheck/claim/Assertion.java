package org.claimcheck.claim;

import java.util.List;
import java.util.Objects;
import org.claimcheck.unit.StatedFigure;

/**
 * What a claim asserts, made precise: one figure, one mechanism, nothing testable, or several of these as parts (a
 * sentence such as "236B parameters but activates only 21B").
 */
public sealed interface Assertion permits Assertion.Figure, Assertion.Mechanism, Assertion.NothingTestable,
        Assertion.Parts {

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

    /**
     * Several figures or mechanisms in one quote, each a part judged on its own; the claim's verdict is the worst of
     * its parts' ({@code VerdictEngine}). Each part is a claim of its own: its id is the part's (unique within the
     * claim), its quote and section are the claim's, and it has its own assertion (never parts), interpretations and
     * caveats; the claim's sources and note stay the claim's.
     *
     * @param parts the parts, in file order; at least one
     */
    record Parts(List<Claim> parts) implements Assertion {
        public Parts {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a claim with parts needs at least one part");
            }
            if (parts.stream().anyMatch(part -> part.assertion() instanceof Parts)) {
                throw new IllegalArgumentException("a part cannot itself have parts");
            }
        }
    }
}
