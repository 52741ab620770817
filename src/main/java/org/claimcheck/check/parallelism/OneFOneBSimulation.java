package org.claimcheck.check.parallelism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A discrete-event simulation of the 1F1B pipeline schedule, a second method next to the closed form of R Table 2.
 * Device s runs min(PP−s−1, m) warm-up forwards, then alternates one forward and one backward, then drains the
 * remaining backwards. An operation starts when its device is free and its input has arrived: a forward needs the
 * same micro-batch's forward on the previous stage, a backward the backward on the next stage (the last stage
 * needs its own forward). Communication takes no time; every stage has the same F and B.
 */
final class OneFOneBSimulation {

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
        List<List<Op>> orders = new ArrayList<>(stages);
        for (int s = 0; s < stages; s++) {
            orders.add(order(stages, microBatches, s));
        }
        int remaining = 2 * stages * microBatches;
        while (remaining > 0) {
            int progressed = 0;
            for (int s = 0; s < stages; s++) {
                while (next[s] < orders.get(s).size()) {
                    Op op = orders.get(s).get(next[s]);
                    double ready = op.forward() ? (s == 0 ? 0.0 : forwardEnd[s - 1][op.microBatch()])
                            : (s == stages - 1 ? forwardEnd[s][op.microBatch()] : backwardEnd[s + 1][op.microBatch()]);
                    if (Double.isNaN(ready)) {
                        break;
                    }
                    double end = Math.max(free[s], ready) + (op.forward() ? times.forward() : times.backward());
                    (op.forward() ? forwardEnd : backwardEnd)[s][op.microBatch()] = end;
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

    private static List<Op> order(int stages, int microBatches, int stage) {
        int warmUp = Math.min(stages - stage - 1, microBatches);
        List<Op> ops = new ArrayList<>(2 * microBatches);
        for (int j = 0; j < warmUp; j++) {
            ops.add(new Op(true, j));
        }
        for (int i = 0; i < microBatches - warmUp; i++) {
            ops.add(new Op(true, warmUp + i));
            ops.add(new Op(false, i));
        }
        for (int j = microBatches - warmUp; j < microBatches; j++) {
            ops.add(new Op(false, j));
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

    /** One operation of a device: the forward or the backward of a micro-batch. */
    private record Op(boolean forward, int microBatch) {
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
