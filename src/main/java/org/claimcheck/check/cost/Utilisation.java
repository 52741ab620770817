package org.claimcheck.check.cost;

/**
 * Training compute and model FLOPs utilisation from a budget: the 6·N·D rule, achieved FLOP/s per GPU, and the
 * share of the hardware peak that represents.
 */
final class Utilisation {

    /** FLOPs per parameter per token in training: 2 forward + 4 backward (the 6·N·D rule of FACTS.md D4). */
    public static final double TRAINING_FLOPS_PER_PARAM_TOKEN = 6.0;
    /** Seconds in an hour, to turn GPU-hours into GPU-seconds. */
    public static final double SECONDS_PER_HOUR = 3600.0;

    private Utilisation() {
    }

    /**
     * Training FLOPs \( C = 6 N D \).
     *
     * @param activeParams parameters activated per token, N &gt; 0 (37e9 for DeepSeek-V3, R §4.2 p.22)
     * @param tokens       training tokens, D &gt; 0 (14.8e12, R p.5)
     * @return FLOPs, &gt; 0
     * @throws IllegalArgumentException when an argument is not a positive finite number
     */
    public static double trainingFlops(double activeParams, double tokens) {
        requirePositive(activeParams, "activeParams");
        requirePositive(tokens, "tokens");
        return TRAINING_FLOPS_PER_PARAM_TOKEN * activeParams * tokens;
    }

    /**
     * Achieved throughput per GPU \( C / (H \cdot 3600) \).
     *
     * @param flops    training FLOPs &gt; 0
     * @param gpuHours GPU-hours spent &gt; 0
     * @return FLOP/s per GPU
     * @throws IllegalArgumentException when an argument is not a positive finite number
     */
    public static double achievedFlopPerSecond(double flops, double gpuHours) {
        requirePositive(flops, "flops");
        requirePositive(gpuHours, "gpuHours");
        return flops / (gpuHours * SECONDS_PER_HOUR);
    }

    /**
     * Model FLOPs utilisation, achieved over peak, as a fraction (usually in (0, 1)).
     *
     * @param achievedFlopPerSecond achieved FLOP/s per GPU &gt; 0
     * @param peakFlopPerSecond     the GPU's dense peak in FLOP/s &gt; 0
     * @throws IllegalArgumentException when an argument is not a positive finite number
     */
    public static double mfu(double achievedFlopPerSecond, double peakFlopPerSecond) {
        requirePositive(achievedFlopPerSecond, "achievedFlopPerSecond");
        requirePositive(peakFlopPerSecond, "peakFlopPerSecond");
        return achievedFlopPerSecond / peakFlopPerSecond;
    }

    /**
     * Reduction \( 1 - a/b \) of a quantity a against a baseline b of the same unit; negative when a &gt; b.
     *
     * @param ours     the compared quantity, &gt;= 0
     * @param baseline the baseline, &gt; 0
     * @throws IllegalArgumentException when ours is negative or the baseline is not positive
     */
    public static double reduction(double ours, double baseline) {
        if (!(ours >= 0 && Double.isFinite(ours))) {
            throw new IllegalArgumentException("ours must be finite and >= 0, got " + ours);
        }
        requirePositive(baseline, "baseline");
        return 1.0 - ours / baseline;
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
    }
}
