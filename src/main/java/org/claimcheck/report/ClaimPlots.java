package org.claimcheck.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.check.Plot;
import org.claimcheck.claim.Assertion;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;

/**
 * The plots of one claim: every plot of every derivation, a plot id shown once (the first derivation's), each with
 * the claimed figure drawn as a reference line when the plot shows what the claim is compared with: its y axis is in
 * a unit of the figure's dimension, and a derivation that draws it plots its own value. An axis of the same unit that
 * plots something else (a relative error beside a claimed memory saving, a bubble share beside a claimed utilisation)
 * gets no claimed line, which would read as the article's figure for that quantity.
 */
final class ClaimPlots {

    /** The unit in parentheses at the end of an axis label: "KV cache (GiB)" → "GiB". */
    private static final Pattern AXIS_UNIT = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private ClaimPlots() {
    }

    /** The claim's plots in derivation order, without repeated ids. */
    static List<Plot> of(ClaimResult result) {
        Map<String, Plot> byId = new LinkedHashMap<>();
        Set<String> showingValue = new HashSet<>();
        for (Derivation derivation : result.derivations()) {
            for (Plot plot : derivation.plots()) {
                byId.putIfAbsent(plot.id(), plot);
                if (plotsValue(plot, derivation)) {
                    showingValue.add(plot.id());
                }
            }
        }
        List<Plot> plots = new ArrayList<>();
        for (Plot plot : byId.values()) {
            Optional<Plot.Reference> claimed = showingValue.contains(plot.id())
                    ? claimedReference(plot, result.claim().assertion()) : Optional.empty();
            plots.add(claimed.map(plot::withReference).orElse(plot));
        }
        return plots;
    }

    /**
     * Whether {@code plot} draws the derivation's own value as one of its points (to 1 part in 10⁹, in the axis's
     * unit when it names one): then its y axis is the quantity compared with the claim.
     */
    static boolean plotsValue(Plot plot, Derivation derivation) {
        if (!(derivation.outcome() instanceof Derivation.Value value)) {
            return false;
        }
        Quantity derived = value.quantity();
        Matcher unit = AXIS_UNIT.matcher(plot.yLabel());
        double target = unit.find() ? Unit.bySpelling(unit.group(1).strip())
                .filter(axis -> axis.dimension() == derived.dimension())
                .map(axis -> derived.to(axis).value()).orElse(derived.value()) : derived.value();
        for (Plot.Series series : plot.series()) {
            for (Double y : series.y()) {
                if (y != null && Math.abs(y - target) <= 1e-9 * Math.max(Math.abs(target), Double.MIN_NORMAL)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The plot in the unit an article writes: a y axis in a ratio ("(ratio)", "(fraction)") is shown in percent,
     * values and reference lines times 100, as articles write shares and cuts; unless the claim states its figure in
     * another unit of ratios ("1.2x", "0.3 ratio"), which the axis then keeps.
     */
    static Plot inClaimUnit(Plot plot, Assertion assertion) {
        Matcher unit = AXIS_UNIT.matcher(plot.yLabel());
        boolean otherRatio = assertion instanceof Assertion.Figure figure
                && figure.figure().quantity().dimension() == Unit.PERCENT.dimension()
                && figure.figure().quantity().unit() != Unit.PERCENT;
        if (otherRatio || !unit.find() || Unit.bySpelling(unit.group(1).strip()).orElse(null) != Unit.RATIO) {
            return plot;
        }
        double toPercent = Unit.RATIO.factorToBase() / Unit.PERCENT.factorToBase();
        List<Plot.Series> series = plot.series().stream().map(one -> new Plot.Series(one.name(), one.x(),
                one.y().stream().map(y -> y * toPercent).toList(), one.labels())).toList();
        List<Plot.Reference> references = plot.references().stream()
                .map(reference -> new Plot.Reference(reference.label(), reference.y() * toPercent)).toList();
        String yLabel = plot.yLabel().substring(0, unit.start()) + "(%)";
        return new Plot(plot.id(), plot.title(), plot.xLabel(), yLabel, plot.logX(), series, references);
    }

    /**
     * The claimed figure as a line on the plot's y axis: "claimed: 50%" at 0.5 on an axis in "(ratio)"; empty when
     * the claim states no figure, the axis names no unit, or the units measure different things.
     */
    static Optional<Plot.Reference> claimedReference(Plot plot, Assertion assertion) {
        if (!(assertion instanceof Assertion.Figure figure)) {
            return Optional.empty();
        }
        Matcher unit = AXIS_UNIT.matcher(plot.yLabel());
        if (!unit.find()) {
            return Optional.empty();
        }
        Quantity claimed = figure.figure().quantity();
        return Unit.bySpelling(unit.group(1).strip())
                .filter(axis -> axis.dimension() == claimed.dimension())
                .map(axis -> new Plot.Reference("claimed: " + figure.figure().text(), claimed.to(axis).value()));
    }
}
