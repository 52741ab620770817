package org.claimcheck.check.moe;

import java.util.ArrayList;
import java.util.List;

/**
 * Expert-load statistics of every step of one simulated run.
 *
 * @param maxOverMean   per step, the busiest expert's load over the mean load T·K/E (&gt;= 1)
 * @param cv            per step, the coefficient of variation of the expert loads (population standard deviation
 *                      over mean, &gt;= 0)
 * @param overflowShare per step, the share of token-expert assignments above capacity c·T·K/E, in [0, 1)
 */
record LoadTrace(List<Double> maxOverMean, List<Double> cv, List<Double> overflowShare) {

    public LoadTrace {
        maxOverMean = List.copyOf(maxOverMean);
        cv = List.copyOf(cv);
        overflowShare = List.copyOf(overflowShare);
    }

    /** The per-step series of a metric: max-over-mean, cv or overflow-share. */
    public List<Double> series(String metric) {
        return switch (metric) {
            case "max-over-mean" -> maxOverMean;
            case "cv" -> cv;
            case "overflow-share" -> overflowShare;
            default -> throw new IllegalArgumentException("no metric " + metric);
        };
    }

    /** The mean of a metric over the second half of the steps, once the bias has had time to settle. */
    public double settled(String metric) {
        List<Double> values = series(metric);
        return values.subList(values.size() / 2, values.size()).stream().mapToDouble(Double::doubleValue)
                .average().orElseThrow();
    }

    /** Collects the statistics step by step. */
    static final class Builder {
        private final double meanLoad;
        private final double capacity;
        private final double assignments;
        private final List<Double> maxOverMean = new ArrayList<>();
        private final List<Double> cv = new ArrayList<>();
        private final List<Double> overflowShare = new ArrayList<>();

        Builder(GateConfig config) {
            this.assignments = (double) config.tokensPerStep() * config.topK();
            this.meanLoad = assignments / config.experts();
            this.capacity = config.capacityFactor() * meanLoad;
        }

        void add(int[] load) {
            int max = 0;
            double squares = 0;
            double overflow = 0;
            for (int value : load) {
                max = Math.max(max, value);
                squares += (value - meanLoad) * (value - meanLoad);
                overflow += Math.max(0.0, value - capacity);
            }
            maxOverMean.add(max / meanLoad);
            cv.add(Math.sqrt(squares / load.length) / meanLoad);
            overflowShare.add(overflow / assignments);
        }

        LoadTrace build() {
            return new LoadTrace(maxOverMean, cv, overflowShare);
        }
    }
}
