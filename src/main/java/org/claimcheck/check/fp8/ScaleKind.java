package org.claimcheck.check.fp8;

import org.claimcheck.check.Named;

/**
 * How a group's scale factor is represented.
 *
 * @see <a href="https://arxiv.org/abs/2412.19437">R §3.3.3 p.18: some scaling factors are "integral power of 2"</a>
 */
enum ScaleKind implements Named {
    /** The FP32 value nearest to max / amax. */
    FP32("fp32"),
    /** The largest power of two not above max / amax, so that scaling is exact and never overflows. */
    POWER_OF_TWO("power-of-two");

    private final String id;

    ScaleKind(String id) {
        this.id = id;
    }

    /** The spelling of claim files: {@code fp32}, {@code power-of-two}. */
    @Override
    public String id() {
        return id;
    }

    /**
     * The scale s that maps a group's amax onto (or just under) the format's maximum: s ≈ max / amax.
     *
     * @param amax      the group's largest magnitude, ≥ 0 and finite; 0 gives scale 1
     * @param maxFinite the format's largest finite value, &gt; 0
     * @return s &gt; 0, finite, dimensionless
     */
    public double scale(double amax, double maxFinite) {
        if (!(amax > 0) || Double.isInfinite(amax)) {
            return 1.0;
        }
        double ideal = Math.min(maxFinite / amax, this == FP32 ? Float.MAX_VALUE : Double.MAX_VALUE);
        return this == FP32 ? (float) ideal : Math.scalb(1.0, Math.getExponent(ideal));
    }
}
