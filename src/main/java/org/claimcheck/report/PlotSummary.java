package org.claimcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Plot;
import org.claimcheck.claim.Numbers;

/**
 * A plot's data in words, for readers without the picture (the Markdown report, screen readers): per series its
 * points, or its range, first and last point, and each reference line.
 */
final class PlotSummary {

    /** Up to this many points a series is listed whole; longer ones are summarised. */
    private static final int LISTED_POINTS = 8;

    private PlotSummary() {
    }

    /** One line per series, then one per reference line. */
    static List<String> lines(Plot plot) {
        List<String> lines = new ArrayList<>();
        for (Plot.Series series : plot.series()) {
            lines.add(series.name() + ": " + (series.labels().isEmpty() ? numeric(series) : categorical(series)));
        }
        for (Plot.Reference reference : plot.references()) {
            lines.add("reference line \"" + reference.label() + "\" at " + Numbers.format(reference.y()));
        }
        return lines;
    }

    /** "x unit, y unit" of the axes: "context length (tokens) against KV cache (GiB), log x". */
    static String axes(Plot plot) {
        return plot.yLabel() + " against " + plot.xLabel() + (plot.logX() ? ", x logarithmic" : "");
    }

    private static String categorical(Plot.Series series) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < series.y().size(); i++) {
            String label = i < series.labels().size() ? series.labels().get(i) : Numbers.format(series.x().get(i));
            points.add(label + " = " + Numbers.format(series.y().get(i)));
        }
        return String.join(", ", points);
    }

    private static String numeric(Plot.Series series) {
        int count = series.y().size();
        if (count == 0) {
            return "no points";
        }
        if (count <= LISTED_POINTS) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                points.add("(" + Numbers.format(series.x().get(i)) + ", " + Numbers.format(series.y().get(i)) + ")");
            }
            return String.join(" ", points);
        }
        int low = 0;
        int high = 0;
        for (int i = 1; i < count; i++) {
            low = series.y().get(i) < series.y().get(low) ? i : low;
            high = series.y().get(i) > series.y().get(high) ? i : high;
        }
        return String.format(Locale.ROOT, "%d points, x from %s to %s; y from %s (first) to %s (last), lowest %s at "
                + "x = %s, highest %s at x = %s", count, Numbers.format(series.x().get(0)),
                Numbers.format(series.x().get(count - 1)), Numbers.format(series.y().get(0)),
                Numbers.format(series.y().get(count - 1)), Numbers.format(series.y().get(low)),
                Numbers.format(series.x().get(low)), Numbers.format(series.y().get(high)),
                Numbers.format(series.x().get(high)));
    }
}
