package org.claimcheck.check.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.claimcheck.claim.Fact;
import org.claimcheck.unit.Dimension;
import org.claimcheck.unit.FigureParser;
import org.claimcheck.unit.StatedFigure;
import org.claimcheck.unit.Unit;

/**
 * The parameter counts a vendor publishes for a model, as the library's facts state them: the fact
 * {@code MODEL.total-params} is the published figure of the check {@code model.total-params} (and so on for each
 * {@link ParamScope}), its note says which convention the vendor states. The working of a count says whether the
 * config reproduces the published figure within the precision it is written with.
 */
final class PublishedCounts {

    private static final String CHECK_PREFIX = "model.";
    private static final double BILLION = 1e9;
    /** Digits a figure of a facts file can carry; more come from binary rounding, not from the writing. */
    private static final MathContext WRITTEN = new MathContext(15);

    private PublishedCounts() {
    }

    /** The fact that holds a model's published figure for a scope: {@code deepseek-v3.active-params}. */
    static String factName(String modelName, ParamScope scope) {
        return modelName + "." + scope.kind().substring(CHECK_PREFIX.length());
    }

    /**
     * One line for the published figure of this scope, if the facts state one for the model: whether
     * {@code measured} lies within half a step of the figure's last digit, written in billions
     * ({@code 36.7B}: ± 0.05B), i.e. whether the config reproduces it.
     */
    static List<String> notes(String modelName, ParamScope scope, long measured,
                              Function<String, Optional<Fact>> facts) {
        return facts.apply(factName(modelName, scope))
                .filter(fact -> fact.value() instanceof Fact.Figure figure
                        && figure.quantity().dimension() == Dimension.PARAMETERS)
                .map(fact -> note(fact, measured)).stream().toList();
    }

    /**
     * One line for the published size of the model's weights, if the facts state {@code MODEL.weight-bytes}: whether
     * {@code measuredBytes} lies within half a step of the figure's last digit, written in GiB ({@code 60.8 GiB}:
     * ± 0.05 GiB).
     */
    static List<String> weightNotes(String modelName, long measuredBytes, Function<String, Optional<Fact>> facts) {
        return facts.apply(modelName + ".weight-bytes")
                .filter(fact -> fact.value() instanceof Fact.Figure figure
                        && figure.quantity().dimension() == Dimension.BYTES)
                .map(fact -> {
                    double gib = ((Fact.Figure) fact.value()).quantity().inBase() / Unit.GIB.factorToBase();
                    String written = new BigDecimal(gib).round(WRITTEN).stripTrailingZeros().toPlainString() + " GiB";
                    StatedFigure figure = FigureParser.parse(written).orElseThrow();
                    double difference = measuredBytes - figure.quantity().inBase();
                    boolean reproduced = Math.abs(difference) <= figure.halfStepInBase();
                    return String.format(Locale.ROOT, "published weights: %s%s (%s) — %s: %.2f GiB", written,
                            fact.note().isEmpty() ? "" : ", " + fact.note(), fact.source().cite(), reproduced
                                    ? "reproduced" : "NOT reproduced at the precision written",
                            measuredBytes / Unit.GIB.factorToBase());
                }).stream().toList();
    }

    private static String note(Fact fact, long measured) {
        double published = ((Fact.Figure) fact.value()).quantity().inBase();
        String written = new BigDecimal(published).round(WRITTEN).movePointLeft(9).stripTrailingZeros()
                .toPlainString() + "B";
        StatedFigure figure = FigureParser.parse(written + " parameters").orElseThrow();
        double difference = measured - figure.quantity().inBase();
        boolean reproduced = Math.abs(difference) <= figure.halfStepInBase();
        return String.format(Locale.ROOT, "published: %s%s (%s) — %s: %s %s %s ± %s", written,
                fact.note().isEmpty() ? "" : ", " + fact.note(), fact.source().cite(),
                reproduced ? "reproduced" : "NOT reproduced at the precision written, under the convention stated",
                ExactCount.billions(measured), reproduced ? "lies within" : "lies outside", written,
                stepText(figure.halfStepInBase()));
    }

    private static String stepText(double halfStep) {
        return String.format(Locale.ROOT, "%sB", new BigDecimal(halfStep / BILLION).round(new MathContext(3))
                .stripTrailingZeros().toPlainString());
    }
}
