package org.claimcheck.report.chart;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.regex.Pattern;
import org.claimcheck.check.Plot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A plot as one {@code <svg>} element to inline in a page: a bar chart when its series are categorical (labelled),
 * else a line chart. The drawing is {@link #WIDTH} units wide, sized for a phone's column, and the page scales it to
 * the width it has; a bar chart of many or long categories grows in height instead of crowding its labels. The legend
 * is not drawn: {@link ChartLegend} gives it for the page to write as text, where it wraps on any width. The same plot
 * and prefix give the same bytes: JFreeSVG's definition keys, which default to a time-based prefix, are set from the
 * caller's prefix, and every number on the axes is formatted in Locale.ROOT.
 */
public final class PlotSvg {

    /** The drawing's width in SVG user units; the page scales it to the column's width. */
    public static final int WIDTH = 400;
    /** The height of a line chart, and the least height of a bar chart, in SVG user units. */
    public static final int HEIGHT = 280;

    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    static {
        // Rotated axis labels as <text> elements rather than glyph outlines: searchable, selectable and a tenth of the
        // size. JFreeChart keeps this switch global; this package is its only user.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private PlotSvg() {
    }

    /**
     * Renders {@code plot}.
     *
     * @param plot     the plot data; categorical when any series has labels
     * @param idPrefix starts every id in the SVG (clip paths, the element itself), so several plots can share a page;
     *                 a letter then letters, digits, '-' or '_'
     * @return an {@code <svg>} element with a view box {@link #WIDTH} wide and {@link #height} high, and no fixed size
     * @throws IllegalArgumentException when the prefix is not a valid id start
     */
    public static String render(Plot plot, String idPrefix) {
        if (!ID_PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("idPrefix: expected a letter then letters, digits, - or _, got \""
                    + idPrefix + "\"");
        }
        JFreeChart chart = isCategorical(plot) ? CategoryCharts.of(plot) : XyCharts.of(plot);
        ChartStyle.apply(chart);
        int height = height(plot);
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        graphics.setDefsKeyPrefix(idPrefix + "-");
        graphics.setGeomDoubleConverter(PlotSvg::coordinate);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
        return graphics.getSVGElement(idPrefix + "-svg", false, new ViewBox(0, 0, WIDTH, height), null, null);
    }

    /**
     * Draws a small bar chart and a small line chart, and drops them. The first drawing in a JVM starts JFreeChart,
     * Java 2D and the fonts, and runs their code before it is compiled: about a tenth of a second, against a few
     * milliseconds for each drawing after it. A caller that will draw plots later can pay that here first, on a thread
     * that would otherwise wait. Nothing a later drawing writes depends on it: no state of the library that this
     * package sets or reads is changed.
     */
    public static void warmUp() {
        List<Plot.Reference> reference = List.of(new Plot.Reference("claimed", 1.5));
        render(new Plot("warm-up-bars", "bars", "x", "y", false, List.of(new Plot.Series("a", List.of(0.0, 1.0),
                List.of(1.0, 2.0), List.of("one", "two"))), reference), "warm-up");
        render(new Plot("warm-up-lines", "lines", "x", "y", true, List.of(Plot.Series.of("a", List.of(1.0, 10.0),
                List.of(1.0, 2.0))), reference), "warm-up");
    }

    /** The drawing's height in user units: {@link #HEIGHT}, or more for a bar chart with many or long categories. */
    public static int height(Plot plot) {
        return isCategorical(plot) ? CategoryCharts.height(plot) : HEIGHT;
    }

    /**
     * A coordinate to a hundredth of a user unit, far below a pixel, without trailing zeros. Called for every number
     * of every path, so it avoids {@code String.format}: Locale.ROOT digits are built by hand.
     */
    static String coordinate(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths == 0) {
            return "0";
        }
        long magnitude = Math.abs(hundredths);
        StringBuilder text = new StringBuilder(12);
        if (hundredths < 0) {
            text.append('-');
        }
        text.append(magnitude / 100);
        long fraction = magnitude % 100;
        if (fraction != 0) {
            text.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.toString();
    }

    /** Whether the plot's x values are categories (a bar chart): some series names its points. */
    public static boolean isCategorical(Plot plot) {
        return plot.series().stream().anyMatch(series -> !series.labels().isEmpty());
    }
}
