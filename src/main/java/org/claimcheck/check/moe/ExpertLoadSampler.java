package org.claimcheck.check.moe;

import org.claimcheck.check.stats.SeededRandom;

/**
 * Expert loads of sampled batches: expert i is picked with probability p_i ∝ exp(skew·z_i), z_i standard normal
 * (a log-normal popularity), and a batch of B tokens makes n = B·K picks. Expert i's count is binomial(n, p_i);
 * it is drawn from its normal approximation n·p_i + sqrt(n·p_i·(1 − p_i))·N(0, 1), clipped at 0, which is close
 * when n·p_i is large (about 128 for the defaults) and costs one Gaussian per expert instead of n picks. The
 * multinomial's covariance between experts, −n·p_i·p_j, is left out: under 1% of a variance for E = 256.
 */
final class ExpertLoadSampler {

    private final SeededRandom random;
    private final double[] popularity;

    private ExpertLoadSampler(SeededRandom random, double[] popularity) {
        this.random = random;
        this.popularity = popularity;
    }

    /** A sampler whose popularities are drawn from {@code random}, which it then keeps drawing batches from. */
    static ExpertLoadSampler of(SeededRandom random, int experts, double skew) {
        double[] weights = new double[experts];
        double total = 0;
        for (int i = 0; i < experts; i++) {
            weights[i] = Math.exp(skew * random.gaussian());
            total += weights[i];
        }
        for (int i = 0; i < experts; i++) {
            weights[i] /= total;
        }
        return new ExpertLoadSampler(random, weights);
    }

    /** The popularity of each expert, summing to 1. */
    double[] popularity() {
        return popularity.clone();
    }

    /** Tokens per expert in one batch of {@code tokens} tokens with {@code topK} picks each. */
    double[] batch(int tokens, int topK) {
        double picks = Math.multiplyExact(tokens, topK);
        double[] load = new double[popularity.length];
        for (int i = 0; i < load.length; i++) {
            double p = popularity[i];
            load[i] = Math.max(0.0, picks * p + Math.sqrt(picks * p * (1 - p)) * random.gaussian());
        }
        return load;
    }
}
