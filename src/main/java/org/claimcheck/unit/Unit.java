package org.claimcheck.unit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The units a claim or a fact may use. Each unit belongs to one {@link Dimension} and has a factor to that
 * dimension's base unit (the first unit listed for it), so that "2.788M GPU-hours" and "2788K GPU-hours" compare
 * equal and KB and KiB never mix silently.
 */
public enum Unit {
    RATIO(Dimension.RATIO, 1.0, "ratio", "fraction", "1"),
    PERCENT(Dimension.RATIO, 0.01, "%", "percent"),
    TIMES(Dimension.RATIO, 1.0, "x", "×", "times"),
    PARAMETERS(Dimension.PARAMETERS, 1.0, "parameters", "parameter", "params"),
    FLOPS(Dimension.FLOPS, 1.0, "FLOPs", "FLOP"),
    GFLOPS(Dimension.FLOPS, 1e9, "GFLOPs", "GFLOP"),
    FLOP_PER_SECOND(Dimension.FLOP_RATE, 1.0, "FLOP/s"),
    TFLOP_PER_SECOND(Dimension.FLOP_RATE, 1e12, "TFLOP/s", "TFLOPS"),
    BYTES(Dimension.BYTES, 1.0, "bytes", "byte", "B"),
    KB(Dimension.BYTES, Unit.DECIMAL_KILO, "KB"),
    MB(Dimension.BYTES, Unit.DECIMAL_KILO * Unit.DECIMAL_KILO, "MB"),
    GB(Dimension.BYTES, Unit.DECIMAL_KILO * Unit.DECIMAL_KILO * Unit.DECIMAL_KILO, "GB"),
    KIB(Dimension.BYTES, Unit.BINARY_KILO, "KiB"),
    MIB(Dimension.BYTES, Unit.BINARY_KILO * Unit.BINARY_KILO, "MiB"),
    GIB(Dimension.BYTES, Unit.BINARY_KILO * Unit.BINARY_KILO * Unit.BINARY_KILO, "GiB"),
    BYTES_PER_SECOND(Dimension.BYTE_RATE, 1.0, "B/s", "bytes/s"),
    GB_PER_SECOND(Dimension.BYTE_RATE, 1e9, "GB/s"),
    TB_PER_SECOND(Dimension.BYTE_RATE, 1e12, "TB/s"),
    ELEMENTS(Dimension.ELEMENTS, 1.0, "elements", "element"),
    GPU_HOURS(Dimension.GPU_HOURS, 1.0, "GPU-hours", "GPU-hour", "GPU hours"),
    USD(Dimension.MONEY, 1.0, "USD", "$"),
    TOKENS(Dimension.TOKENS, 1.0, "tokens", "token"),
    SECONDS(Dimension.TIME, 1.0, "s", "seconds", "second"),
    HOURS(Dimension.TIME, 3600.0, "hours", "hour", "h"),
    DAYS(Dimension.TIME, 86_400.0, "days", "day"),
    CHANNELS(Dimension.CHANNELS, 1.0, "channels", "channel"),
    EXPERTS(Dimension.EXPERTS, 1.0, "experts", "expert"),
    HEADS(Dimension.HEADS, 1.0, "heads", "head"),
    LAYERS(Dimension.LAYERS, 1.0, "layers", "layer"),
    GPUS(Dimension.GPUS, 1.0, "GPUs", "GPU"),
    BITS(Dimension.BITS, 1.0, "bits", "bit"),
    POINTS(Dimension.POINTS, 1.0, "points", "pts", "point"),
    DECIBELS(Dimension.DECIBELS, 1.0, "dB"),
    COUNT(Dimension.COUNT, 1.0, "count");

    /** Bytes in a decimal kilobyte (SI). */
    public static final double DECIMAL_KILO = 1000.0;
    /** Bytes in a binary kibibyte (IEC 80000-13). */
    public static final double BINARY_KILO = 1024.0;

    private final Dimension dimension;
    private final double factorToBase;
    private final List<String> spellings;

    Unit(Dimension dimension, double factorToBase, String... spellings) {
        this.dimension = dimension;
        this.factorToBase = factorToBase;
        this.spellings = List.of(spellings);
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Multiply a value in this unit by this factor to get it in the dimension's base unit. */
    public double factorToBase() {
        return factorToBase;
    }

    /** The canonical spelling, used in reports. */
    public String symbol() {
        return spellings.get(0);
    }

    /** All spellings, canonical first. */
    public List<String> spellings() {
        return spellings;
    }

    /** The unit spelled so (case-insensitive for words, exact for one-letter symbols), if any. */
    public static Optional<Unit> bySpelling(String text) {
        String wanted = text.strip();
        for (Unit unit : values()) {
            for (String spelling : unit.spellings) {
                boolean caseMatters = spelling.length() <= 2;
                if (caseMatters ? spelling.equals(wanted) : spelling.equalsIgnoreCase(wanted)) {
                    return Optional.of(unit);
                }
            }
        }
        return Optional.empty();
    }

    /** Every canonical spelling, for error messages that list the allowed units. */
    public static List<String> symbols() {
        return Arrays.stream(values()).map(Unit::symbol).toList();
    }

    /** The base unit of a dimension (factor 1). */
    public static Unit baseOf(Dimension dimension) {
        return Arrays.stream(values())
                .filter(unit -> unit.dimension == dimension && unit.factorToBase == 1.0)
                .findFirst()
                .orElseThrow();
    }
}
