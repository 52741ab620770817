package org.claimcheck.check.moe;

import org.claimcheck.check.stats.SeededRandom;

/**
 * The token states a simulated gate routes (R eq. 15, \( s_{i,t} = \sigma(u_t^\top e_i) \), in a small latent
 * space): each expert has a unit centroid e_i in R^8 and a popularity offset skew·z_i (z_i standard normal), each
 * token a state u_t ~ N(0, I), so an affinity is σ(skew·z_i + u_t·e_i) with a standard normal token part.
 */
final class TokenPool {

    /** Dimension of the latent token and centroid space. */
    static final int LATENT_DIM = 8;
    /** Token states drawn per seed. */
    static final int TOKENS = 2048;

    private TokenPool() {
    }

    /**
     * Sigmoid affinities of {@link #TOKENS} token states to every expert, token-major.
     *
     * @param config the gate (experts and skew are used)
     * @param random the seeded generator, drawn from in a fixed order
     * @return affinities in (0, 1), {@code TOKENS × experts} of them
     */
    static float[] affinities(GateConfig config, SeededRandom random) {
        int experts = config.experts();
        double[] offset = new double[experts];
        double[][] centroid = new double[experts][];
        for (int i = 0; i < experts; i++) {
            offset[i] = config.skew() * random.gaussian();
            centroid[i] = unitVector(random);
        }
        float[] affinity = new float[TOKENS * experts];
        double[] state = new double[LATENT_DIM];
        for (int t = 0; t < TOKENS; t++) {
            for (int j = 0; j < LATENT_DIM; j++) {
                state[j] = random.gaussian();
            }
            for (int i = 0; i < experts; i++) {
                double logit = offset[i];
                for (int j = 0; j < LATENT_DIM; j++) {
                    logit += state[j] * centroid[i][j];
                }
                affinity[t * experts + i] = (float) (1.0 / (1.0 + Math.exp(-logit)));
            }
        }
        return affinity;
    }

    private static double[] unitVector(SeededRandom random) {
        double[] vector = new double[LATENT_DIM];
        double norm = 0;
        for (int j = 0; j < LATENT_DIM; j++) {
            vector[j] = random.gaussian();
            norm += vector[j] * vector[j];
        }
        for (int j = 0; j < LATENT_DIM; j++) {
            vector[j] /= Math.sqrt(norm);
        }
        return vector;
    }
}
