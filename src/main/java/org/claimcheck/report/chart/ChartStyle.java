package org.claimcheck.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Plot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look every chart shares: a white panel (readable inside a dark page too), the Okabe–Ito colour-blind-safe
 * palette, dashed labelled reference lines, and Locale.ROOT tick labels.
 */
final class ChartStyle {

    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color INK = new Color(0x1f, 0x1f, 0x1f);
    private static final Color GRID = new Color(0xd0, 0xd0, 0xd0);
    private static final Color REFERENCE = new Color(0xb3, 0x26, 0x1e);
    /** Okabe & Ito (2008), "Color Universal Design": distinguishable under the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {new Color(0x00, 0x72, 0xb2), new Color(0xe6, 0x9f, 0x00),
        new Color(0x00, 0x9e, 0x73), new Color(0xcc, 0x79, 0xa7), new Color(0x56, 0xb4, 0xe9),
        new Color(0xd5, 0x5e, 0x00), new Color(0xf0, 0xe4, 0x42), new Color(0x00, 0x00, 0x00)};
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);
    private static final double MARGIN = 0.08;

    private ChartStyle() {
    }

    /** Background, fonts and grid of a finished chart. */
    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(SMALL);
            chart.getLegend().setItemPaint(INK);
        }
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
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
    }

    /**
     * Sets the value axis to cover the data and every reference line, with a margin; a bar chart's axis also covers
     * zero, where its bars start.
     */
    static void valueRange(ValueAxis axis, List<Double> values, List<Plot.Reference> references, boolean withZero) {
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
            axis.setRange(withZero && low >= 0 ? 0 : low - MARGIN * span, high + MARGIN * span);
        }
    }

    /**
     * Dashed horizontal lines at the references' values, their labels placed in turn at the top right, bottom left,
     * top left and bottom right of the line so that labels of nearby lines do not overlap.
     */
    static List<ValueMarker> markers(List<Plot.Reference> references) {
        RectangleAnchor[] anchors = {RectangleAnchor.TOP_RIGHT, RectangleAnchor.BOTTOM_LEFT, RectangleAnchor.TOP_LEFT,
            RectangleAnchor.BOTTOM_RIGHT};
        TextAnchor[] texts = {TextAnchor.BOTTOM_RIGHT, TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT,
            TextAnchor.TOP_RIGHT};
        List<ValueMarker> markers = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            Plot.Reference reference = references.get(i);
            ValueMarker marker = new ValueMarker(reference.y(), REFERENCE, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(reference.label());
            marker.setLabelFont(SMALL);
            marker.setLabelPaint(REFERENCE);
            marker.setLabelBackgroundColor(LABEL_BACKGROUND);
            marker.setLabelAnchor(anchors[i % anchors.length]);
            marker.setLabelTextAnchor(texts[i % texts.length]);
            markers.add(marker);
        }
        return markers;
    }
}
