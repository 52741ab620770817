package org.claimcheck.report.chart;

import java.util.List;
import org.claimcheck.check.Plot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Bar charts of categorical series: the labels are the categories, each series a bar colour, each bar's value written
 * at its end, in the axis' unit. A bar too short to see is drawn {@link #MINIMUM_BAR_UNITS} long; its value says how
 * long it is. Long or many category labels turn the bars sideways, so the labels read left to right, wrapped to at
 * most {@link #LABEL_LINES} lines in a column of {@link #LABEL_COLUMN} of the width; the chart then grows a row per
 * category, as high as its longest label's lines need, so that no two labels overlap.
 */
final class CategoryCharts {

    /** Longer category labels, or more categories, turn the bars sideways so the labels read left to right. */
    private static final int UPRIGHT_LABEL_CHARACTERS = 10;
    private static final int UPRIGHT_CATEGORIES = 6;
    private static final int LABEL_LINES = 3;
    private static final float LABEL_COLUMN = 0.42f;
    /** Space for the value axis, its label and the padding of a sideways chart, in user units. */
    private static final int AXIS_UNITS = 64;
    private static final int LINE_UNITS = 15;
    private static final int BAR_UNITS = 14;
    private static final double MINIMUM_BAR_UNITS = 2.5;
    /** The gap between a bar's end and its value, in user units. */
    private static final int LABEL_GAP_UNITS = 3;
    /** The space before the first and after the last category, in user units. */
    private static final double EDGE_UNITS = 8;

    private CategoryCharts() {
    }

    /** The chart of a plot whose series label their points; a point without a label is named by its x value. */
    static JFreeChart of(Plot plot) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Plot.Series series : plot.series()) {
            for (int i = 0; i < series.y().size(); i++) {
                dataset.addValue(series.y().get(i), series.name(), category(series, i));
            }
        }
        boolean sideways = sideways(plot);
        int height = height(plot);
        double valueAxisUnits = sideways ? (1 - LABEL_COLUMN) * PlotSvg.WIDTH - 50 : height - 70;
        CategoryAxis xAxis = new CategoryAxis(ChartStyle.axisLabel(plot.xLabel(),
                sideways ? height - AXIS_UNITS : PlotSvg.WIDTH - 60));
        xAxis.setMaximumCategoryLabelLines(LABEL_LINES);
        xAxis.setMaximumCategoryLabelWidthRatio(sideways ? LABEL_COLUMN : 1f);
        double categoryAxisUnits = sideways ? height : PlotSvg.WIDTH;
        xAxis.setLowerMargin(EDGE_UNITS / categoryAxisUnits);
        xAxis.setUpperMargin(EDGE_UNITS / categoryAxisUnits);
        TickFormat values = new TickFormat(3, plot.yLabel().strip().endsWith("(%)") ? "%" : "");
        CategoryPlot category = new CategoryPlot(dataset, xAxis, new NumberAxis(ChartStyle.axisLabel(plot.yLabel(),
                valueAxisUnits)), renderer(values, sideways));
        category.setOrientation(sideways ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        category.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ChartStyle.series((BarRenderer) category.getRenderer(), plot.series().size());
        List<Double> ys = plot.series().stream().flatMap(series -> series.y().stream()).toList();
        ChartStyle.valueRange(category.getRangeAxis(), ys, plot.references(), true,
                valueRoom(ys, values, valueAxisUnits));
        ChartStyle.markers(plot.references()).forEach(category::addRangeMarker);
        return new JFreeChart(null, ChartStyle.FONT, category, false);
    }

    /**
     * The drawing's height: {@link PlotSvg#HEIGHT} for upright bars; sideways, a row per category as high as the
     * longest label's lines or the bars of all series need, and the value axis below.
     */
    static int height(Plot plot) {
        if (!sideways(plot)) {
            return PlotSvg.HEIGHT;
        }
        SVGGraphics2D measure = new SVGGraphics2D(PlotSvg.WIDTH, PlotSvg.HEIGHT);
        G2TextMeasurer measurer = new G2TextMeasurer(measure);
        float labelUnits = LABEL_COLUMN * PlotSvg.WIDTH;
        int lines = 1;
        int categories = 0;
        for (Plot.Series series : plot.series()) {
            for (int i = 0; i < series.y().size(); i++) {
                lines = Math.max(lines, TextUtils.createTextBlock(category(series, i), ChartStyle.SMALL,
                        ChartStyle.INK, labelUnits, LABEL_LINES, measurer).getLines().size());
            }
            categories = Math.max(categories, series.y().size());
        }
        int row = Math.max(lines * LINE_UNITS + 6, 6 + BAR_UNITS * plot.series().size());
        return Math.max(PlotSvg.HEIGHT, AXIS_UNITS + categories * row);
    }

    private static boolean sideways(Plot plot) {
        int longest = 0;
        int categories = 0;
        for (Plot.Series series : plot.series()) {
            for (int i = 0; i < series.y().size(); i++) {
                longest = Math.max(longest, category(series, i).length());
            }
            categories = Math.max(categories, series.y().size());
        }
        return longest > UPRIGHT_LABEL_CHARACTERS || categories > UPRIGHT_CATEGORIES;
    }

    private static String category(Plot.Series series, int index) {
        return index < series.labels().size() ? series.labels().get(index) : TickFormat.label(series.x().get(index));
    }

    /**
     * The margin at each end of the value axis, as a fraction of the data's span, that leaves room for the widest
     * value written beyond a bar: with margins r on both sides of span s, a label of w units along an axis of a units
     * needs r s / (s (1 + 2r)) a ≥ w, so r ≥ f / (1 − 2f) with f = w / a (f capped, so that a cramped axis still
     * has room for data).
     */
    static double valueRoom(List<Double> ys, TickFormat values, double axisUnits) {
        double widest = 0;
        for (double y : ys) {
            widest = Math.max(widest, ChartStyle.width(values.format(y), ChartStyle.VALUE));
        }
        double share = Math.min(0.3, (widest + 2 * LABEL_GAP_UNITS) / axisUnits);
        return share / (1 - 2 * share);
    }

    /** Flat bars, each with its value at its end (beyond zero's side), in percent when the axis is. */
    private static BarRenderer renderer(TickFormat values, boolean sideways) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMinimumBarLength(MINIMUM_BAR_UNITS);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", values));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.VALUE);
        renderer.setDefaultItemLabelPaint(ChartStyle.INK);
        renderer.setItemLabelAnchorOffset(LABEL_GAP_UNITS);
        renderer.setDefaultPositiveItemLabelPosition(sideways
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(sideways
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        return renderer;
    }
}
