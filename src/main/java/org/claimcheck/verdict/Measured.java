package org.claimcheck.verdict;

import java.util.Objects;
import java.util.Optional;
import org.claimcheck.check.Measurement;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;

/**
 * A measurement, and for an expression with a free input, the way to solve for the value that would make a claim
 * true.
 *
 * @param measurement the measurement
 * @param solver      present for expressions with {@code solve_for}
 */
record Measured(Measurement measurement, Optional<ExpressionEvaluator.Solver> solver) {

    Measured {
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(solver, "solver");
    }

    static Measured of(Measurement measurement) {
        return new Measured(measurement, Optional.empty());
    }

    /** The value of the free input that would make the claim's figure true; none without a solver or a figure. */
    Solution solution(Claim claim) {
        if (solver.isEmpty() || !(claim.assertion() instanceof Assertion.Figure figure)) {
            return Solution.NONE;
        }
        return solver.get().solve(figure);
    }
}
