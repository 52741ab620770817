package org.claimcheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Plot;
import org.claimcheck.report.chart.PlotSvg;
import org.claimcheck.verdict.ClaimResult;

/**
 * The drawings of a page's plots, each distinct plot drawn once. The first card that shows a plot, in claim order,
 * holds its drawing; a later card that shows an equal plot (the same data, labels and references) gets an SVG that
 * shows that drawing again through {@code <use>}, a few hundred bytes instead of tens of kilobytes, so a page of many
 * claims that share experiments grows by its cards' text, not by their charts. Which card is first depends on the
 * claims alone, never on the order in which threads draw, so the page is the same bytes on any number of threads.
 */
final class SharedPlots {

    /** Each distinct plot and the DOM id of the first card's figure that shows it, in claim order. */
    private final Map<Plot, String> firstDomIds;

    private SharedPlots(Map<Plot, String> firstDomIds) {
        this.firstDomIds = firstDomIds;
    }

    /** The plots of {@code claims} (in page order), none drawn yet. */
    static SharedPlots of(List<ClaimResult> claims) {
        Map<Plot, String> first = new LinkedHashMap<>();
        for (ClaimResult claim : claims) {
            for (Plot plot : ClaimCard.plots(claim)) {
                first.putIfAbsent(plot, ClaimCard.domId(claim.claim().id(), plot));
            }
        }
        return new SharedPlots(first);
    }

    /**
     * The {@code <svg>} of {@code plot} in the figure {@code domId}: the drawing itself in the first figure that shows
     * the plot, else a reference to that figure's drawing, as wide and high. Safe for use by several threads (it
     * only reads).
     *
     * @throws IllegalArgumentException when the plot is not one of the page's
     */
    String svg(Plot plot, String domId) {
        String first = firstDomIds.get(plot);
        if (first == null) {
            throw new IllegalArgumentException("plot " + plot.id() + " is not one of the page's");
        }
        if (first.equals(domId)) {
            return PlotSvg.render(plot, domId);
        }
        int height = PlotSvg.height(plot);
        String href = "#" + first + "-svg";
        return "<svg id='" + domId + "-svg' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/"
                + "xlink' viewBox='0 0 " + PlotSvg.WIDTH + " " + height + "'><use href='" + href + "' xlink:href='"
                + href + "' width='" + PlotSvg.WIDTH + "' height='" + height + "'/></svg>";
    }
}
