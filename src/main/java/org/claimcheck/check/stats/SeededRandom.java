package org.claimcheck.check.stats;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A named, seeded generator (WELL19937c) with the samplers experiments use. The same seed gives the same numbers
 * on every machine: Commons Math's generators and inversion-based samplers are pure Java and do not depend on the
 * platform. Not thread-safe: one instance per experiment run.
 */
public final class SeededRandom {

    private final long seed;
    private final RandomGenerator generator;

    private SeededRandom(long seed) {
        this.seed = seed;
        this.generator = new Well19937c(seed);
    }

    /** A generator started from {@code seed}. */
    public static SeededRandom of(long seed) {
        return new SeededRandom(seed);
    }

    public long seed() {
        return seed;
    }

    /** Uniform on [0, 1). */
    public double uniform() {
        return generator.nextDouble();
    }

    /** Uniform integer on [0, bound). @throws IllegalArgumentException when bound &lt;= 0 */
    public int uniformInt(int bound) {
        return generator.nextInt(bound);
    }

    /** Standard normal, N(0, 1). */
    public double gaussian() {
        return generator.nextGaussian();
    }

    /** A sampler of N(mean, sd²). @throws IllegalArgumentException when sd &lt;= 0 */
    public Sampler normal(double mean, double sd) {
        return new NormalDistribution(generator, mean, sd)::sample;
    }

    /** A sampler of Student's t with {@code degreesOfFreedom} &gt; 0 (heavy-tailed for small values). */
    public Sampler studentT(double degreesOfFreedom) {
        return new TDistribution(generator, degreesOfFreedom)::sample;
    }

    /** A sampler of the log-normal distribution exp(N(scale, shape²)). */
    public Sampler logNormal(double scale, double shape) {
        return new LogNormalDistribution(generator, scale, shape)::sample;
    }

    /** A sampler of the Pareto distribution with the given scale (minimum) &gt; 0 and shape &gt; 0. */
    public Sampler pareto(double scale, double shape) {
        return new ParetoDistribution(generator, scale, shape)::sample;
    }

    /** Draws one value per call. */
    @FunctionalInterface
    public interface Sampler {
        double sample();
    }
}
