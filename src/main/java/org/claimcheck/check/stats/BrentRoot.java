package org.claimcheck.check.stats;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * A root of a continuous function inside a bracket where it changes sign, by Brent's method (Commons Math's
 * {@code BrentSolver}), to a relative and an absolute accuracy of 1e-12.
 *
 * @see "R. P. Brent, Algorithms for Minimization without Derivatives, 1973, ch. 4"
 */
public final class BrentRoot {

    private static final int MAX_EVALUATIONS = 10_000;
    private static final double RELATIVE_ACCURACY = 1e-12;
    private static final double ABSOLUTE_ACCURACY = 1e-12;

    private BrentRoot() {
    }

    /**
     * An x in [low, high] with g(x) = 0.
     *
     * @param g    continuous on [low, high], with g(low) and g(high) finite and of opposite signs
     * @param low  the bracket's lower end, finite
     * @param high the bracket's upper end, finite and &gt; low
     * @return the root, or empty when the solver does not converge within 10,000 evaluations
     * @throws org.apache.commons.math3.exception.NoBracketingException when g does not change sign on the bracket
     */
    public static Optional<Double> within(DoubleUnaryOperator g, double low, double high) {
        BrentSolver solver = new BrentSolver(RELATIVE_ACCURACY, ABSOLUTE_ACCURACY);
        try {
            return Optional.of(solver.solve(MAX_EVALUATIONS, g::applyAsDouble, low, high));
        } catch (MathIllegalStateException e) {
            return Optional.empty();
        }
    }
}
