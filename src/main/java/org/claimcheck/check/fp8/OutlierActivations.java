package org.claimcheck.check.fp8;

import java.util.Arrays;
import org.claimcheck.check.Named;
import org.claimcheck.check.stats.SeededRandom;

/**
 * Synthetic activations (tokens × channels, row-major) with outliers, for experiment E1.
 *
 * @param distribution    how values are drawn
 * @param tokens          rows, ≥ 1
 * @param channels        columns, ≥ 1
 * @param outlierChannels channels multiplied by {@code outlierScale} (gaussian-outliers only), in [0, channels]
 * @param outlierScale    factor of the outlier channels, ≥ 1
 */
record OutlierActivations(Distribution distribution, int tokens, int channels, int outlierChannels,
                          double outlierScale) {

    /** Degrees of freedom of the heavy-tailed distribution: the smallest integer with finite variance, 3. */
    static final double STUDENT_T_DEGREES_OF_FREEDOM = 3.0;

    /** How values are drawn. */
    enum Distribution implements Named {
        /** N(0, 1) with a few whole channels scaled up, as outlier features are. */
        GAUSSIAN_OUTLIERS("gaussian-outliers"),
        /** Student's t with 3 degrees of freedom: outliers anywhere, no channel structure. */
        STUDENT_T("student-t");

        private final String id;

        Distribution(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    OutlierActivations {
        if (tokens < 1 || channels < 1 || outlierChannels < 0 || outlierChannels > channels || !(outlierScale >= 1)) {
            throw new IllegalArgumentException("bad activation shape or outliers");
        }
    }

    /**
     * One draw: row-major values and, per channel, whether it is an outlier channel.
     *
     * @param values         tokens × channels values
     * @param outlierChannel one flag per channel, all false for student-t
     */
    record Sample(double[] values, boolean[] outlierChannel) {

        /** Whether the value at a row-major index lies outside the outlier channels. */
        boolean regular(int index) {
            return !outlierChannel[index % outlierChannel.length];
        }
    }

    /** A fresh draw from {@code random}: the outlier channels are chosen uniformly without replacement. */
    Sample sample(SeededRandom random) {
        double[] values = new double[Math.multiplyExact(tokens, channels)];
        if (distribution == Distribution.STUDENT_T) {
            SeededRandom.Sampler t = random.studentT(STUDENT_T_DEGREES_OF_FREEDOM);
            for (int i = 0; i < values.length; i++) {
                values[i] = t.sample();
            }
            return new Sample(values, new boolean[channels]);
        }
        double[] channelScale = channelScales(random);
        boolean[] outlier = new boolean[channels];
        for (int c = 0; c < channels; c++) {
            outlier[c] = channelScale[c] != 1.0;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = random.gaussian() * channelScale[i % channels];
        }
        return new Sample(values, outlier);
    }

    private double[] channelScales(SeededRandom random) {
        int[] order = new int[channels];
        Arrays.setAll(order, i -> i);
        double[] scales = new double[channels];
        Arrays.fill(scales, 1.0);
        for (int i = 0; i < outlierChannels; i++) {
            int pick = i + random.uniformInt(channels - i);
            int chosen = order[pick];
            order[pick] = order[i];
            order[i] = chosen;
            scales[chosen] = outlierScale;
        }
        return scales;
    }
}
