package org.claimcheck.check.fp8;

import org.claimcheck.check.Named;
import org.claimcheck.unit.Unit;

/** The number a quantization experiment returns, chosen by a claim's {@code metric} parameter. */
enum ErrorMetric implements Named {
    /** Signal-to-quantization-noise ratio, dB. */
    SQNR_DB("sqnr-db", Unit.DECIBELS),
    /** Root-mean-square error relative to the signal's RMS, a ratio. */
    RELATIVE_RMS_ERROR("relative-rms-error", Unit.RATIO),
    /** Share of non-zero values flushed to zero, a ratio. */
    FLUSHED_SHARE("flushed-share", Unit.RATIO),
    /** Number of values beyond the format's maximum. */
    OVERFLOW_COUNT("overflow-count", Unit.COUNT);

    private final String id;
    private final Unit unit;

    ErrorMetric(String id, Unit unit) {
        this.id = id;
        this.unit = unit;
    }

    @Override
    public String id() {
        return id;
    }

    public Unit unit() {
        return unit;
    }

    /** This metric's value of an error. */
    public double of(QuantizationError error) {
        return switch (this) {
            case SQNR_DB -> error.sqnrDb();
            case RELATIVE_RMS_ERROR -> error.relativeRmsError();
            case FLUSHED_SHARE -> error.flushedShare();
            case OVERFLOW_COUNT -> error.overflowCount();
        };
    }
}
