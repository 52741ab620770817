package org.claimcheck.check.moe;

import java.util.Arrays;
import org.claimcheck.check.stats.SeededRandom;

/**
 * DeepSeek-V3's routed-expert gate with auxiliary-loss-free balancing, simulated (R §2.1.2, eq. 15–16, p.8–9).
 *
 * <p>Token affinities follow eq. 15 ({@link TokenPool}). Per seed a pool of 2,048 token states is drawn; each
 * step routes {@code tokensPerStep} tokens drawn from it with replacement.
 *
 * <p>Routing (eq. 16 and node-limited routing, p.9): each node's score is the sum of its K/M highest biased
 * affinities s + b; the token keeps its M best nodes and takes the K highest s + b among their experts. After each
 * step every expert's bias moves by γ against its load error: down if it got more than the mean load, up if less.
 * The same token draws feed the run with the bias and the run without it, so the bias is the only difference.
 */
final class GateSimulation {

    static final long SAMPLING_SALT = 0x9E3779B97F4A7C15L;
    /** Safety margin on score gaps, far above double rounding of sums of a few affinities and biases. */
    private static final double MARGIN = 1e-9;
    /** Steps of bias history kept to bound how far scores moved since a token was last routed. */
    private static final int DRIFT_WINDOW = 32;

    private final GateConfig config;
    private final boolean exhaustive;
    private final float[] affinity;
    private final double[] score;
    private final double[] nodeScore;
    private final boolean[] nodeKept;
    private final double[] nodeTop;
    private final double[] keptTop;
    private final int[] bestExpert;
    private final double[] bestScore;

    private GateSimulation(GateConfig config, boolean exhaustive, float[] affinity) {
        this.config = config;
        this.exhaustive = exhaustive;
        this.affinity = affinity;
        this.score = new double[config.experts()];
        this.nodeScore = new double[config.nodes()];
        this.nodeKept = new boolean[config.nodes()];
        this.nodeTop = new double[3 * config.nodes()];
        this.keptTop = new double[3 * config.nodeLimit()];
        Arrays.fill(nodeKept, true);
        this.bestExpert = new int[config.topK() + 1];
        this.bestScore = new double[config.topK() + 1];
    }

    /**
     * Runs the experiment for one seed, with and without the bias.
     *
     * @param config the gate and the experiment
     * @param seed   any long; the same seed gives the same traces bit for bit
     * @return per-step load statistics of both runs
     */
    public static Runs run(GateConfig config, long seed) {
        return run(config, seed, false);
    }

    /**
     * As {@link #run(GateConfig, long)}; {@code exhaustive} re-routes every token every step instead of re-using a
     * token's choice while the bias cannot yet have changed it (for tests: both must give the same traces).
     */
    static Runs run(GateConfig config, long seed, boolean exhaustive) {
        float[] affinities = TokenPool.affinities(config, SeededRandom.of(seed));
        GateSimulation simulation = new GateSimulation(config, exhaustive, affinities);
        return new Runs(simulation.trace(seed, config.gamma()), simulation.trace(seed, 0.0));
    }

    private LoadTrace trace(long seed, double gamma) {
        int experts = config.experts();
        int topK = config.topK();
        double[] bias = new double[experts];
        int[] load = new int[experts];
        int[] choice = new int[TokenPool.TOKENS * topK];
        int[] routedAt = new int[TokenPool.TOKENS];
        double[] toleratedDrift = new double[TokenPool.TOKENS];
        Arrays.fill(routedAt, -1);
        BiasDrift drift = new BiasDrift(DRIFT_WINDOW, experts, gamma == 0);
        LoadTrace.Builder trace = new LoadTrace.Builder(config);
        SeededRandom sampler = SeededRandom.of(seed ^ SAMPLING_SALT);
        double meanLoad = (double) config.tokensPerStep() * topK / experts;
        for (int step = 0; step < config.steps(); step++) {
            Arrays.fill(load, 0);
            drift.record(step, bias);
            for (int n = 0; n < config.tokensPerStep(); n++) {
                int token = sampler.uniformInt(TokenPool.TOKENS);
                if (exhaustive || routedAt[token] < 0 || !(drift.since(routedAt[token]) < toleratedDrift[token])) {
                    toleratedDrift[token] = route(token, bias);
                    routedAt[token] = step;
                    System.arraycopy(bestExpert, 0, choice, token * topK, topK);
                }
                for (int k = 0; k < topK; k++) {
                    load[choice[token * topK + k]]++;
                }
            }
            trace.add(load);
            for (int i = 0; i < experts; i++) {
                bias[i] -= gamma * Math.signum(load[i] - meanLoad);
            }
        }
        return trace.build();
    }

    /**
     * Node-limited top-K of s + b for one pool token, left in {@link #bestExpert}. Returns the bias drift D (largest
     * change of any b_i) the choice provably survives: the gap between the K-th and (K+1)-th score closes by at most
     * 2D, and the gap between the M-th and (M+1)-th node score (a sum of K/M scores) by at most 2(K/M)D.
     */
    private double route(int token, double[] bias) {
        int experts = config.experts();
        int base = token * experts;
        for (int i = 0; i < experts; i++) {
            score[i] = affinity[base + i] + bias[i];
        }
        int perNodeK = config.topK() / config.nodeLimit();
        double nodeGap = config.nodeLimit() < config.nodes() ? keepBestNodes(perNodeK) : Double.POSITIVE_INFINITY;
        int perNode = config.expertsPerNode();
        double floor = keptFloor();
        Arrays.fill(bestScore, Double.NEGATIVE_INFINITY);
        for (int node = 0; node < config.nodes(); node++) {
            if (nodeKept[node]) {
                insertTop(node * perNode, (node + 1) * perNode, config.topK() + 1, floor);
            }
        }
        double expertGap = bestScore[config.topK() - 1] - bestScore[config.topK()];
        return Math.min((expertGap - MARGIN) / 2, (nodeGap - MARGIN) / (2 * perNodeK));
    }

    /**
     * Node-limited routing: masks the experts of all but the M nodes with the highest top-(K/M) score sums.
     *
     * @return the gap between the M-th and the (M+1)-th node score
     */
    private double keepBestNodes(int perNodeK) {
        int perNode = config.expertsPerNode();
        for (int node = 0; node < config.nodes(); node++) {
            nodeScore[node] = topSum(node, node * perNode, (node + 1) * perNode, perNodeK);
        }
        Arrays.fill(nodeKept, true);
        double firstOut = Double.NEGATIVE_INFINITY;
        for (int dropped = config.nodeLimit(); dropped < config.nodes(); dropped++) {
            int worst = 0;
            for (int node = 1; node < config.nodes(); node++) {
                if (nodeScore[node] < nodeScore[worst]) {
                    worst = node;
                }
            }
            firstOut = nodeScore[worst];
            nodeScore[worst] = Double.POSITIVE_INFINITY;
            nodeKept[worst] = false;
        }
        double lastIn = Double.POSITIVE_INFINITY;
        for (double value : nodeScore) {
            lastIn = Math.min(lastIn, value);
        }
        return lastIn - firstOut;
    }

    private double topSum(int node, int from, int to, int count) {
        if (count == 2) {
            return topTwoSum(node, from, to);
        }
        Arrays.fill(bestScore, 0, count, Double.NEGATIVE_INFINITY);
        insertTop(from, to, count, Double.NEGATIVE_INFINITY);
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += bestScore[k];
        }
        return sum;
    }

    /**
     * The sum of the two highest scores in [from, to) (DeepSeek-V3's K/M = 8/4 = 2); the three highest are kept in
     * {@link #nodeTop} for {@link #keptFloor()}. Scores are finite, so a tie keeps the same values whichever copy
     * is kept.
     */
    private double topTwoSum(int node, int from, int to) {
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        double third = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double value = score[i];
            // most scores fall below the third highest so far: one comparison, then the next
            if (value > third) {
                if (value <= second) {
                    third = value;
                } else {
                    third = second;
                    if (value <= first) {
                        second = value;
                    } else {
                        second = first;
                        first = value;
                    }
                }
            }
        }
        nodeTop[3 * node] = first;
        nodeTop[3 * node + 1] = second;
        nodeTop[3 * node + 2] = third;
        return first + second;
    }

    /**
     * A score no higher than the (K+1)-th best of the kept experts, so the final scan may skip anything below it:
     * the (K+1)-th best of the kept nodes' three highest scores, which are real scores of kept experts. −∞ when
     * those are too few (or the node stage did not run).
     */
    private double keptFloor() {
        int needed = config.topK() + 1;
        if (config.nodeLimit() == config.nodes() || config.topK() / config.nodeLimit() != 2
                || 3 * config.nodeLimit() < needed) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] known = keptTop;
        int next = 0;
        for (int node = 0; node < config.nodes(); node++) {
            if (nodeKept[node]) {
                System.arraycopy(nodeTop, 3 * node, known, next, 3);
                next += 3;
            }
        }
        Arrays.sort(known);
        return known[known.length - needed];
    }

    /**
     * Merges the scores of [from, to) that reach {@code floor} into the {@code count} highest so far, descending, in
     * bestScore and bestExpert.
     */
    private void insertTop(int from, int to, int count, double floor) {
        for (int i = from; i < to; i++) {
            double value = score[i];
            if (value >= floor && value > bestScore[count - 1]) {
                int k = count - 1;
                while (k > 0 && bestScore[k - 1] < value) {
                    bestScore[k] = bestScore[k - 1];
                    bestExpert[k] = bestExpert[k - 1];
                    k--;
                }
                bestScore[k] = value;
                bestExpert[k] = i;
            }
        }
    }

    /**
     * Both runs of one seed.
     *
     * @param balanced   with the bias updated by γ after each step
     * @param unbalanced with no bias
     */
    public record Runs(LoadTrace balanced, LoadTrace unbalanced) {
    }
}
