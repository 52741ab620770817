package org.claimcheck.check.parallelism;

import java.util.Arrays;

/**
 * A discrete-event simulation of the 1F1B pipeline schedule, a second method next to the closed form of R Table 2.
 * Device s runs min(PP−s−1, m) warm-up forwards, then alternates one forward and one backward, then drains the
 * remaining backwards. An operation starts when its device is free and its input has arrived: a forward needs the
 * same micro-batch's forward on the previous stage, a backward the backward on the next stage (the last stage
 * needs its own forward). Communication takes no time; every stage has the same F and B.
 */
final class OneFOneBSimulation {

    /** The low bit of an operation: set for a backward, clear for a forward. */
    private static final int BACKWARD = 1;

    private OneFOneBSimulation() {
    }

    /**
     * Simulates one iteration.
     *
     * @param stages       PP &gt;= 1
     * @param microBatches m &gt;= 1
     * @param times        chunk times (F and B are used)
     * @return the makespan and each device's compute, in the unit of the chunk times
     * @throws IllegalArgumentException when stages or micro-batches are below 1
     */
    public static Timeline run(int stages, int microBatches, ChunkTimes times) {
        if (stages < 1 || microBatches < 1) {
            throw new IllegalArgumentException("needs PP >= 1 and m >= 1, got " + stages + ", " + microBatches);
        }
        double[][] forwardEnd = filled(stages, microBatches);
        double[][] backwardEnd = filled(stages, microBatches);
        double[] free = new double[stages];
        int[] next = new int[stages];
        int[][] orders = new int[stages][];
        for (int s = 0; s < stages; s++) {
            orders[s] = order(stages, microBatches, s);
        }
        int remaining = 2 * stages * microBatches;
        while (remaining > 0) {
            int progressed = 0;
            for (int s = 0; s < stages; s++) {
                int[] order = orders[s];
                while (next[s] < order.length) {
                    int microBatch = order[next[s]] >> 1;
                    boolean forward = (order[next[s]] & BACKWARD) == 0;
                    double ready = forward ? (s == 0 ? 0.0 : forwardEnd[s - 1][microBatch])
                            : (s == stages - 1 ? forwardEnd[s][microBatch] : backwardEnd[s + 1][microBatch]);
                    if (Double.isNaN(ready)) {
                        break;
                    }
                    double end = Math.max(free[s], ready) + (forward ? times.forward() : times.backward());
                    (forward ? forwardEnd : backwardEnd)[s][microBatch] = end;
                    free[s] = end;
                    next[s]++;
                    progressed++;
                }
            }
            if (progressed == 0) {
                throw new IllegalStateException("1F1B simulation deadlocked");
            }
            remaining -= progressed;
        }
        return new Timeline(Arrays.stream(free).max().orElseThrow(), microBatches * times.forwardBackward());
    }

    /**
     * One device's operations in order, each {@code microBatch << 1}, plus {@link #BACKWARD} for a backward: plain
     * ints, as the simulation runs 4,096 operations a point and 96 points a plot.
     */
    private static int[] order(int stages, int microBatches, int stage) {
        int warmUp = Math.min(stages - stage - 1, microBatches);
        int[] ops = new int[2 * microBatches];
        int n = 0;
        for (int j = 0; j < warmUp; j++) {
            ops[n++] = j << 1;
        }
        for (int i = 0; i < microBatches - warmUp; i++) {
            ops[n++] = (warmUp + i) << 1;
            ops[n++] = i << 1 | BACKWARD;
        }
        for (int j = microBatches - warmUp; j < microBatches; j++) {
            ops[n++] = j << 1 | BACKWARD;
        }
        return ops;
    }

    private static double[][] filled(int stages, int microBatches) {
        double[][] ends = new double[stages][microBatches];
        for (double[] row : ends) {
            Arrays.fill(row, Double.NaN);
        }
        return ends;
    }

    /**
     * The simulated iteration.
     *
     * @param makespan         time from the first forward to the last backward
     * @param computePerDevice each device's compute, m (F + B)
     */
    public record Timeline(double makespan, double computePerDevice) {

        /** Each device's idle time within the makespan: the simulated bubble. */
        public double bubble() {
            return makespan - computePerDevice;
        }

        /** The bubble's share of the makespan. */
        public double bubbleShare() {
            return bubble() / makespan;
        }
    }
}
