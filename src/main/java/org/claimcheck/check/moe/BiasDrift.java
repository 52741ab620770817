package org.claimcheck.check.moe;

import java.util.Arrays;

/**
 * How far the bias vector has moved since each of the last few steps: the largest |b_i(now) − b_i(then)| over
 * experts. A token routed at an earlier step keeps its choice while twice this drift stays below its score gap,
 * which near equilibrium (biases stepping back and forth by γ) holds far longer than the worst case of γ a step.
 */
final class BiasDrift {

    private final double[][] snapshots;
    private final int[] stepOf;
    private final double[] drift;
    private final boolean frozen;

    /**
     * @param window  steps remembered; a choice older than this is re-routed
     * @param experts length of the bias vector
     * @param frozen  true when the bias never moves (γ = 0): every drift is 0
     */
    BiasDrift(int window, int experts, boolean frozen) {
        this.snapshots = new double[window][experts];
        this.stepOf = new int[window];
        this.drift = new double[window];
        this.frozen = frozen;
        Arrays.fill(stepOf, -1);
    }

    /** Records the bias in force during {@code step} and updates the drift since every remembered step. */
    void record(int step, double[] bias) {
        if (frozen) {
            return;
        }
        int slot = step % snapshots.length;
        System.arraycopy(bias, 0, snapshots[slot], 0, bias.length);
        stepOf[slot] = step;
        for (int w = 0; w < snapshots.length; w++) {
            double largest = 0;
            for (int i = 0; i < bias.length; i++) {
                largest = Math.max(largest, Math.abs(bias[i] - snapshots[w][i]));
            }
            drift[w] = largest;
        }
    }

    /** The drift since {@code then}, or +∞ when that step is no longer remembered. */
    double since(int then) {
        if (frozen) {
            return 0.0;
        }
        int slot = then % snapshots.length;
        return stepOf[slot] == then ? drift[slot] : Double.POSITIVE_INFINITY;
    }
}
