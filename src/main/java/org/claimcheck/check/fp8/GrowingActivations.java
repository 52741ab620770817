package org.claimcheck.check.fp8;

import java.util.ArrayDeque;
import java.util.Deque;
import org.claimcheck.check.Named;
import org.claimcheck.check.stats.SeededRandom;

/**
 * Experiment E5: an activation whose amax grows between training steps — at step t a fresh rows × columns draw of
 * N(0, 1) times growth^t — cast with a scale from the amax history of earlier steps (delayed scaling, as tensor-wise
 * frameworks do, R p.17–18) or from the current values (online scaling, R's choice). Step 0 only fills the history.
 *
 * @param steps   training steps including the first, ≥ 2
 * @param growth  factor of the amax from one step to the next, ≥ 1
 * @param history how many earlier amaxes the delayed scale takes the maximum of, ≥ 1
 * @param rows    rows (tokens), ≥ 1
 * @param columns columns (channels), ≥ 1
 */
record GrowingActivations(int steps, double growth, int history, int rows, int columns) {

    /** Where a step's scale comes from. */
    enum Strategy implements Named {
        /** One scale per tensor from the largest amax of the last {@code history} steps. */
        DELAYED("delayed"),
        /** One scale per tensor from the current amax. */
        ONLINE_TENSOR("online-tensor"),
        /** One scale per 1×128 tile from the current values (DeepSeek-V3). */
        ONLINE_TILE("online-tile");

        private final String id;

        Strategy(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    GrowingActivations {
        if (steps < 2 || !(growth >= 1) || history < 1 || rows < 1 || columns < 1) {
            throw new IllegalArgumentException("steps ≥ 2, growth ≥ 1, history ≥ 1 and a non-empty shape required");
        }
    }

    /**
     * One seed's errors of steps 1 … steps − 1 for every strategy; all strategies see the same draws.
     *
     * @return errors[strategy][step − 1]
     */
    QuantizationError[][] run(FloatFormat format, long seed) {
        SeededRandom random = SeededRandom.of(seed);
        Quantizer quantizer = Quantizer.of(format, ScaleKind.FP32);
        QuantizationError[][] errors = new QuantizationError[Strategy.values().length][steps - 1];
        Deque<Double> amaxHistory = new ArrayDeque<>();
        double[] values = new double[Math.multiplyExact(rows, columns)];
        double[] quantized = new double[values.length];
        for (int step = 0; step < steps; step++) {
            double factor = Math.pow(growth, step);
            for (int i = 0; i < values.length; i++) {
                values[i] = random.gaussian() * factor;
            }
            if (step > 0) {
                double historyAmax = amaxHistory.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                long overflows = quantizer.quantizeWithScale(values, quantizer.scaleFor(historyAmax), quantized);
                errors[Strategy.DELAYED.ordinal()][step - 1] = QuantizationError.of(values, quantized, overflows);
                overflows = quantizer.quantize(values, rows, columns, Scaling.PER_TENSOR, quantized);
                errors[Strategy.ONLINE_TENSOR.ordinal()][step - 1] = QuantizationError.of(values, quantized, overflows);
                overflows = quantizer.quantize(values, rows, columns, Scaling.TILE_1X128, quantized);
                errors[Strategy.ONLINE_TILE.ordinal()][step - 1] = QuantizationError.of(values, quantized, overflows);
            }
            amaxHistory.addLast(Quantizer.amax(values));
            if (amaxHistory.size() > history) {
                amaxHistory.removeFirst();
            }
        }
        return errors;
    }
}
