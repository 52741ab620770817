package org.claimcheck.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Plot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every chart shares: a white panel (readable inside a dark page too), the Okabe–Ito colour-blind-safe
 * palette, reference lines told apart by colour and dash (named in the page's legend, not on the chart, where a label
 * would cover the data), and Locale.ROOT tick labels. Sizes are in SVG user units of a {@link PlotSvg#WIDTH}-unit
 * drawing, which a phone shows at about 0.9 of a pixel per unit.
 */
final class ChartStyle {

    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** The font of the values written on bars. */
    static final Font VALUE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Color INK = new Color(0x1f, 0x1f, 0x1f);
    private static final Color GRID = new Color(0xd0, 0xd0, 0xd0);
    /** Okabe & Ito (2008), "Color Universal Design": distinguishable under the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {new Color(0x00, 0x72, 0xb2), new Color(0xe6, 0x9f, 0x00),
        new Color(0x00, 0x9e, 0x73), new Color(0xcc, 0x79, 0xa7), new Color(0x56, 0xb4, 0xe9),
        new Color(0xd5, 0x5e, 0x00), new Color(0xf0, 0xe4, 0x42), new Color(0x00, 0x00, 0x00)};
    /** The last reference line (the claimed figure, which the report adds last) in red, earlier ones in grey. */
    private static final Color CLAIMED = new Color(0xb3, 0x26, 0x1e);
    private static final Color OTHER_REFERENCE = new Color(0x55, 0x55, 0x55);
    private static final float[][] DASHES = {{6f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};

    private ChartStyle() {
    }

    /** Background, fonts and grid of a finished chart. */
    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
        org.jfree.chart.plot.Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        if (plot instanceof org.jfree.chart.plot.XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            valueAxis(xy.getDomainAxis());
            valueAxis(xy.getRangeAxis());
        } else if (plot instanceof org.jfree.chart.plot.CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.getDomainAxis().setLabelFont(FONT);
            category.getDomainAxis().setLabelPaint(INK);
            category.getDomainAxis().setTickLabelFont(SMALL);
            category.getDomainAxis().setTickLabelPaint(INK);
            valueAxis(category.getRangeAxis());
        }
    }

    /**
     * Fonts and ink of a value axis, and its tick labels in {@link TickFormat}: every numeric axis of every chart gets
     * its labels here, since JFreeChart's own tick formats follow the default locale ("0,0" under de-DE).
     */
    private static void valueAxis(ValueAxis axis) {
        axis.setLabelFont(FONT);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(SMALL);
        axis.setTickLabelPaint(INK);
        if (axis instanceof NumberAxis number) {
            number.setNumberFormatOverride(new TickFormat());
        } else if (axis instanceof LogAxis log) {
            log.setNumberFormatOverride(new TickFormat());
        }
    }

    /** Palette colours and a 2-unit stroke for each series. */
    static void series(AbstractRenderer renderer, int count) {
        for (int i = 0; i < count; i++) {
            renderer.setSeriesPaint(i, seriesColour(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
    }

    static Color seriesColour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** The colour of reference line {@code index} of {@code count}. */
    static Color referenceColour(int index, int count) {
        return index == count - 1 ? CLAIMED : OTHER_REFERENCE;
    }

    /** The dash of reference line {@code index} of {@code count}: the last dashed, the others dotted or dash-dot. */
    static float[] referenceDash(int index, int count) {
        return DASHES[index == count - 1 ? 0 : 1 + index % (DASHES.length - 1)].clone();
    }

    /**
     * An axis label that fits along {@code lengthUnits}, or null: JFreeChart writes an axis label on one line, so a
     * longer one would run off the drawing. The page's caption names both axes in full.
     */
    static String axisLabel(String label, double lengthUnits) {
        return width(label, FONT) <= lengthUnits ? label : null;
    }

    /** The width of {@code text} in {@code font}, in user units, as the chart library measures it. */
    static double width(String text, Font font) {
        return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }

    /** A colour as CSS and SVG write it: "#b3261e". */
    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    /**
     * Sets the value axis to cover the data and every reference line, with a margin of {@code margin} of the span at
     * each end that holds data; a bar chart's axis also covers zero, where its bars start, with no margin below it.
     */
    static void valueRange(ValueAxis axis, List<Double> values, List<Plot.Reference> references, boolean withZero,
                           double margin) {
        double low = withZero ? 0 : Double.POSITIVE_INFINITY;
        double high = withZero ? 0 : Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        for (Plot.Reference reference : references) {
            low = Math.min(low, reference.y());
            high = Math.max(high, reference.y());
        }
        if (Double.isFinite(low) && Double.isFinite(high)) {
            double span = high > low ? high - low : Math.max(Math.abs(high), 1.0);
            axis.setRange(withZero && low >= 0 ? 0 : low - margin * span,
                    withZero && high <= 0 ? 0 : high + margin * span);
        }
    }

    /** Unlabelled lines at the references' values, each in its colour and dash (the legend names them). */
    static List<ValueMarker> markers(List<Plot.Reference> references) {
        List<ValueMarker> markers = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            markers.add(new ValueMarker(references.get(i).y(), referenceColour(i, references.size()),
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            referenceDash(i, references.size()), 0f)));
        }
        return markers;
    }
}
