package org.claimcheck.unit;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses figures as articles and reports write them: {@code 84%}, {@code +12%}, {@code 671B parameters},
 * {@code $5.576M}, {@code 2.788M GPU-hours}, {@code 70,272 bytes}, {@code 128 channels}, {@code 1.2x}.
 *
 * <p>A magnitude letter right after the number scales it: K = 1e3, M = 1e6, B or G = 1e9, T = 1e12. The precision
 * is that of the digits written, scaled the same way: "671B" has a half step of 0.5e9.
 */
public final class FigureParser {

    private static final Pattern FIGURE = Pattern.compile(
            "^(?<sign>[+\\-−]?)(?<dollar>\\$?)(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
                    + "(?:[eE](?<exp>[+-]?\\d+))?(?<magnitude>[KMBGT](?![a-zA-Z]))?\\s*(?<unit>.*)$");

    /** Larger figures are refused: no quantity of an ML system comes near (the FLOPs of a training run are ~1e25). */
    static final double MAX_MAGNITUDE = 1e30;
    private static final java.util.Set<Dimension> SIGNED =
            java.util.EnumSet.of(Dimension.RATIO, Dimension.POINTS, Dimension.DECIBELS, Dimension.MONEY);

    private FigureParser() {
    }

    /**
     * Parses one figure.
     *
     * @param text the figure; a unit may follow the number after optional spaces; no unit means a plain count
     *             ({@link Unit#COUNT}); a leading {@code $} means US dollars
     * @return the figure, or empty with no reason when the text is not a figure (see {@link #problem(String)})
     */
    public static Optional<StatedFigure> parse(String text) {
        return Optional.ofNullable(parseOrNull(text == null ? "" : text.strip()));
    }

    /** Why {@code text} is not a figure, in the words of an error message; empty when it is one. */
    public static Optional<String> problem(String text) {
        String stripped = text == null ? "" : text.strip();
        Matcher matcher = FIGURE.matcher(stripped);
        if (!matcher.matches()) {
            return Optional.of("a figure such as 84%, $5.576M, 671B parameters or 128 channels");
        }
        String unitText = matcher.group("unit").strip();
        if (!unitText.isEmpty() && Unit.bySpelling(unitText).isEmpty()) {
            return Optional.of("a known unit (" + String.join(", ", Unit.symbols()) + ") after the number");
        }
        if (!matcher.group("dollar").isEmpty() && !unitText.isEmpty()) {
            return Optional.of("no unit after a $ amount");
        }
        Unit unit = !matcher.group("dollar").isEmpty() ? Unit.USD
                : unitText.isEmpty() ? Unit.COUNT : Unit.bySpelling(unitText).orElseThrow();
        boolean negative = !matcher.group("sign").isEmpty() && !matcher.group("sign").equals("+");
        if (negative && !SIGNED.contains(unit.dimension())) {
            return Optional.of("a figure of at least 0 " + unit.symbol() + " (only ratios, points, decibels and money "
                    + "may be negative)");
        }
        double magnitude = new BigDecimal(matcher.group("number").replace(",", "")).doubleValue()
                * Math.pow(10, matcher.group("exp") == null ? 0 : Integer.parseInt(matcher.group("exp")))
                * magnitude(matcher.group("magnitude")) * unit.factorToBase();
        if (!(magnitude <= MAX_MAGNITUDE)) {
            return Optional.of("a figure of at most 1e30 in base units (" + Unit.baseOf(unit.dimension()).symbol()
                    + ")");
        }
        return Optional.empty();
    }

    private static StatedFigure parseOrNull(String text) {
        if (problem(text).isPresent()) {
            return null;
        }
        Matcher matcher = FIGURE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        BigDecimal digits = new BigDecimal(matcher.group("number").replace(",", ""));
        if (matcher.group("exp") != null) {
            digits = digits.scaleByPowerOfTen(Integer.parseInt(matcher.group("exp")));
        }
        double scale = magnitude(matcher.group("magnitude"));
        double sign = matcher.group("sign").isEmpty() || matcher.group("sign").equals("+") ? 1.0 : -1.0;
        double halfStep = 0.5 * BigDecimal.ONE.movePointLeft(Math.max(digits.scale(), 0)).doubleValue()
                * (digits.scale() < 0 ? Math.pow(10, -digits.scale()) : 1.0);
        String unitText = matcher.group("unit").strip();
        Unit unit = !matcher.group("dollar").isEmpty() ? Unit.USD
                : unitText.isEmpty() ? Unit.COUNT : Unit.bySpelling(unitText).orElseThrow();
        double value = sign * digits.doubleValue() * scale;
        return new StatedFigure(text, Quantity.of(value, unit), halfStep * scale);
    }

    private static double magnitude(String letter) {
        if (letter == null) {
            return 1.0;
        }
        return switch (letter.toUpperCase(Locale.ROOT)) {
            case "K" -> 1e3;
            case "M" -> 1e6;
            case "B", "G" -> 1e9;
            case "T" -> 1e12;
            default -> throw new IllegalArgumentException("unknown magnitude " + letter);
        };
    }
}
