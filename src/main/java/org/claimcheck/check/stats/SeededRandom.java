package org.claimcheck.check.stats;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.TSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A named, seeded generator with the samplers experiments use: Commons RNG's xoroshiro128++ (Blackman and Vigna,
 * "Scrambled linear pseudorandom number generators", 2021), its state filled from the seed by SplitMix64, with the
 * McFarland ziggurat for normal draws (J. Stat. Comput. Simul. 86(7), 2016) and Bailey's polar method for Student's t
 * (Math. Comp. 62(206), 1994).
 *
 * <p>The same seed gives the same numbers on every run: the generator is integer arithmetic, and the samplers are
 * table look-ups that call {@link Math#exp} only on the rare draws outside the ziggurat's rectangles, so a platform
 * whose {@code exp} differs in its last bit could change such a draw (never seen on x86-64, where the JVM uses one
 * {@code exp} in every tier). Not thread-safe: one instance per experiment run.
 */
public final class SeededRandom {

    private final long seed;
    private final UniformRandomProvider generator;
    private final ContinuousSampler gaussian;

    private SeededRandom(long seed) {
        this.seed = seed;
        // the state RandomSource.XO_RO_SHI_RO_128_PP.create(seed) gives (SeededRandomTest holds them equal), built
        // directly: RandomSource finds the constructor and converts the seed by reflection, 45 ms on a cold JVM
        SplitMix64 state = new SplitMix64(seed);
        this.generator = new XoRoShiRo128PlusPlus(state.nextLong(), state.nextLong());
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(generator);
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
        return gaussian.sample();
    }

    /**
     * A sampler of Student's t with {@code degreesOfFreedom} &gt; 0 (heavy-tailed for small values), drawing from this
     * generator.
     *
     * @throws IllegalArgumentException when degreesOfFreedom &lt;= 0
     */
    public Sampler studentT(double degreesOfFreedom) {
        return TSampler.of(generator, degreesOfFreedom)::sample;
    }

    /** Draws one value per call. */
    @FunctionalInterface
    public interface Sampler {
        double sample();
    }
}
