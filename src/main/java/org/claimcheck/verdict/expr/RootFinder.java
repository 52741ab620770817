package org.claimcheck.verdict.expr;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.claimcheck.check.stats.BrentRoot;

/**
 * Solves f(x) = target for x: widens a bracket around a starting point geometrically until f − target changes sign,
 * then finds the root by Brent's method ({@link BrentRoot}). Used to say what value of a claim's free input would
 * make the claim true.
 */
public final class RootFinder {

    private static final int MAX_WIDENINGS = 60;

    private RootFinder() {
    }

    /**
     * An x with f(x) = target, searched from {@code start}.
     *
     * <p>The bracket [start/k, start·k] (or [start − k, start + k] around zero) is widened with k doubling until f − target
     * changes sign, up to 2^60; only positive x are searched when {@code positiveOnly}.
     *
     * @param f            a continuous function on the searched range; NaN values count as "no sign"
     * @param target       the wanted value
     * @param start        where to start, finite
     * @param positiveOnly whether only x &gt; 0 makes sense (a parameter count, a price)
     * @return the root, or empty when no sign change was found in range
     */
    public static Optional<Double> solve(DoubleUnaryOperator f, double target, double start, boolean positiveOnly) {
        DoubleUnaryOperator g = x -> f.applyAsDouble(x) - target;
        double factor = 2.0;
        for (int i = 0; i < MAX_WIDENINGS; i++, factor *= 2.0) {
            double low;
            double high;
            if (positiveOnly) {
                double base = start > 0 ? start : 1.0;
                low = base / factor;
                high = base * factor;
            } else {
                double spread = Math.max(Math.abs(start), 1.0) * (factor - 1.0);
                low = start - spread;
                high = start + spread;
            }
            double gLow = g.applyAsDouble(low);
            double gHigh = g.applyAsDouble(high);
            if (gLow == 0) {
                return Optional.of(low);
            }
            if (gHigh == 0) {
                return Optional.of(high);
            }
            if (Double.isFinite(gLow) && Double.isFinite(gHigh) && Math.signum(gLow) != Math.signum(gHigh)) {
                return BrentRoot.within(g, low, high);
            }
        }
        return Optional.empty();
    }
}
