package org.claimcheck.check.fp8;

import java.util.Locale;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.stats.MeanInterval;

/**
 * The seeds an experiment is repeated with: {@code first}, {@code first + 1}, … ({@code count} of them), and the mean
 * with its 95% Student-t confidence interval over them.
 *
 * @param first the first seed
 * @param count how many seeds, ≥ 2
 */
record SeedSweep(long first, int count) {

    static final double CONFIDENCE = 0.95;
    /** Default first seed of every experiment: the date of report R's release, 2024-12-26. */
    static final long DEFAULT_SEED = 20_241_226L;
    /** Default number of seeds an experiment is repeated with (seed, seed + 1, …). */
    static final int DEFAULT_SEEDS = 5;
    private static final int MAX_SEEDS = 100;

    static final Parameter SEED = Parameter.optional("seed", "an integer",
            "first seed; the experiment runs with seed, seed + 1, … (default " + DEFAULT_SEED + ")");
    static final Parameter SEEDS = Parameter.optional("seeds", "an integer in [2, " + MAX_SEEDS + "]",
            "how many seeds the mean and its 95% confidence interval are taken over (default " + DEFAULT_SEEDS + ")");

    SeedSweep {
        if (count < 2) {
            throw new IllegalArgumentException("an interval needs at least 2 seeds, got " + count);
        }
    }

    /** The seeds a claim's {@code seed} and {@code seeds} parameters ask for, or the defaults. */
    static SeedSweep of(Parameters parameters) throws CheckException {
        long first = parameters.optionalInteger(SEED.name()).orElse(DEFAULT_SEED);
        int count = (int) parameters.integer(SEEDS.name(), DEFAULT_SEEDS, 2, MAX_SEEDS);
        return new SeedSweep(first, count);
    }

    long seed(int index) {
        return first + index;
    }

    /**
     * The mean and interval of one number per seed.
     *
     * @param what   the metric's name, for the message when a value is not finite
     * @param values one value per seed, in seed order
     * @throws CheckException INVALID_INPUT when a value is not finite (e.g. an SQNR with zero error)
     */
    MeanInterval interval(String what, double[] values) throws CheckException {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw CheckException.invalid(String.format(Locale.ROOT,
                        "metric: %s is not finite for seed %d (got %s); choose another metric", what, seed(i),
                        values[i]));
            }
        }
        return MeanInterval.of(values, CONFIDENCE);
    }

    /** The arithmetic mean of one value per seed, for plots. */
    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** "seeds 20241226 to 20241230 (n = 5)". */
    String describe() {
        return String.format(Locale.ROOT, "seeds %d to %d (n = %d)", first, first + count - 1, count);
    }
}
