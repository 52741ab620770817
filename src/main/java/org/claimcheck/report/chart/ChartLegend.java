package org.claimcheck.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimcheck.check.Plot;

/**
 * A chart's legend, for the page to write as text beside the drawing: one entry per series the chart draws, in its
 * colour, and one per reference line, in its colour and dash. A series with no point the chart can show (none finite,
 * or none with a positive x on a logarithmic axis) has no entry; one that repeats an earlier series' points (a line
 * drawn over the other) or whose values are all zero (bars of no length) says so.
 */
public final class ChartLegend {

    /**
     * One entry.
     *
     * @param label  the series' or line's name, with a note when its drawing hides it
     * @param colour its colour, {@code #rrggbb}
     * @param dash   a line's SVG dash array ("6 4"), empty for a solid line or a bar
     * @param bar    whether it is a series of bars, drawn as a block; else a line (a series or a reference line)
     */
    public record Entry(String label, String colour, String dash, boolean bar) {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(dash, "dash");
        }
    }

    private ChartLegend() {
    }

    /** The entries of {@code plot}'s legend; none when it draws one series and no reference line. */
    public static List<Entry> of(Plot plot) {
        List<Entry> entries = new ArrayList<>();
        List<Plot.Series> series = plot.series();
        for (int i = 0; i < series.size(); i++) {
            if (drawn(series.get(i), plot.logX())) {
                entries.add(new Entry(series.get(i).name() + note(series, i),
                        ChartStyle.hex(ChartStyle.seriesColour(i)), "", PlotSvg.isCategorical(plot)));
            }
        }
        List<Plot.Reference> references = plot.references();
        for (int i = 0; i < references.size(); i++) {
            StringBuilder dash = new StringBuilder();
            for (float length : ChartStyle.referenceDash(i, references.size())) {
                dash.append(dash.length() == 0 ? "" : " ").append(Math.round(length));
            }
            entries.add(new Entry(references.get(i).label(), ChartStyle.hex(ChartStyle.referenceColour(i,
                    references.size())), dash.toString(), false));
        }
        return entries.size() > 1 ? entries : List.of();
    }

    private static boolean drawn(Plot.Series series, boolean logX) {
        for (int i = 0; i < series.y().size(); i++) {
            if (Double.isFinite(series.y().get(i)) && (!logX || series.x().get(i) > 0)) {
                return true;
            }
        }
        return false;
    }

    /** " (the same values as NAME)", " (0 at every point)", or nothing. */
    private static String note(List<Plot.Series> series, int index) {
        Plot.Series one = series.get(index);
        for (int i = 0; i < index; i++) {
            if (series.get(i).x().equals(one.x()) && series.get(i).y().equals(one.y())) {
                return " (the same values as " + series.get(i).name() + ")";
            }
        }
        return one.y().stream().allMatch(y -> y == 0) ? " (0 at every point)" : "";
    }
}
