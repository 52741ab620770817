package org.claimcheck.report.chart;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import org.claimcheck.check.Plot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Line charts of numeric series: one line per series, x linear or logarithmic, with markers unless the series is too
 * dense for them to tell apart. Later series are drawn over earlier ones, so that a series that repeats another's
 * points shows its own markers on it (the legend says so) rather than vanishing under it.
 */
final class XyCharts {

    /** Up to this many points a series has a marker at each; a denser one is a plain line. */
    private static final int MARKED_POINTS = 40;
    private static final double MARGIN = 0.08;

    private XyCharts() {
    }

    /** The chart of a plot whose x values are numbers; points with x ≤ 0 are left out of a logarithmic axis. */
    static JFreeChart of(Plot plot) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Plot.Series series : plot.series()) {
            dataset.addSeries(series(series, plot.logX()));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < plot.series().size(); i++) {
            renderer.setSeriesShapesVisible(i, plot.series().get(i).x().size() <= MARKED_POINTS);
        }
        XYPlot xy = new XYPlot(dataset, xAxis(plot), new NumberAxis(ChartStyle.axisLabel(plot.yLabel(),
                PlotSvg.HEIGHT - 70)), renderer);
        xy.setOrientation(PlotOrientation.VERTICAL);
        xy.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        ChartStyle.series(renderer, plot.series().size());
        List<Double> ys = plot.series().stream().flatMap(series -> series.y().stream()).toList();
        ValueAxis yAxis = xy.getRangeAxis();
        ChartStyle.valueRange(yAxis, ys, plot.references(), false, MARGIN);
        ChartStyle.markers(plot.references()).forEach(xy::addRangeMarker);
        return new JFreeChart(null, ChartStyle.FONT, xy, false);
    }

    private static ValueAxis xAxis(Plot plot) {
        if (plot.logX()) {
            LogAxis axis = new LogAxis(ChartStyle.axisLabel(plot.xLabel(), PlotSvg.WIDTH - 70));
            axis.setBase(decades(plot) > 4 ? 10 : 2);
            axis.setSmallestValue(Double.MIN_NORMAL);
            return axis;
        }
        NumberAxis axis = new NumberAxis(ChartStyle.axisLabel(plot.xLabel(), PlotSvg.WIDTH - 70));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** How many powers of ten the positive x values span. */
    private static double decades(Plot plot) {
        DoubleSummaryStatistics x = plot.series().stream().flatMap(series -> series.x().stream())
                .mapToDouble(Double::doubleValue).filter(value -> value > 0).summaryStatistics();
        return x.getCount() == 0 ? 0 : Math.log10(x.getMax() / x.getMin());
    }

    private static XYSeries series(Plot.Series series, boolean logX) {
        XYSeries data = new XYSeries(series.name(), false, true);
        for (int i = 0; i < series.x().size(); i++) {
            double x = series.x().get(i);
            if (!logX || x > 0) {
                data.add(x, series.y().get(i));
            }
        }
        return data;
    }
}
