package org.claimcheck.check.stats;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The mean of repeated measurements (one per seed) with its two-sided Student-t confidence interval.
 *
 * @param mean       sample mean
 * @param low        lower bound of the interval
 * @param high       upper bound of the interval
 * @param confidence confidence level in (0, 1), e.g. 0.95
 * @param samples    number of measurements, at least 2
 */
public record MeanInterval(double mean, double low, double high, double confidence, int samples) {

    /**
     * Mean and interval \( \bar x \pm t_{1-\alpha/2, n-1} s/\sqrt n \).
     *
     * @param values     the measurements, at least two, all finite
     * @param confidence the level in (0, 1)
     * @throws IllegalArgumentException when fewer than two values, a value is not finite, or the level is out of range
     */
    public static MeanInterval of(double[] values, double confidence) {
        if (values.length < 2) {
            throw new IllegalArgumentException("an interval needs at least 2 values, got " + values.length);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        SummaryStatistics statistics = new SummaryStatistics();
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("values must be finite, got " + value);
            }
            statistics.addValue(value);
        }
        double t = new TDistribution(values.length - 1.0).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double halfWidth = t * statistics.getStandardDeviation() / Math.sqrt(values.length);
        double mean = statistics.getMean();
        return new MeanInterval(mean, mean - halfWidth, mean + halfWidth, confidence, values.length);
    }

    /** "0.3124 (95% CI 0.3010 to 0.3238, n = 5)". */
    public String describe(String format) {
        return String.format(Locale.ROOT, format + " (%.0f%% CI " + format + " to " + format + ", n = %d)",
                mean, confidence * 100, low, high, samples);
    }
}
