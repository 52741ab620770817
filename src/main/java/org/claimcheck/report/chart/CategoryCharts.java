package org.claimcheck.report.chart;

import java.util.List;
import org.claimcheck.check.Plot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bar charts of categorical series: the labels are the categories, each series a bar colour. */
final class CategoryCharts {

    /** Longer category labels, or more categories, turn the bars sideways so the labels read left to right. */
    private static final int UPRIGHT_LABEL_CHARACTERS = 10;
    private static final int UPRIGHT_CATEGORIES = 6;

    private CategoryCharts() {
    }

    /** The chart of a plot whose series label their points; a point without a label is named by its x value. */
    static JFreeChart of(Plot plot) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int categories = 0;
        int longestLabel = 0;
        for (Plot.Series series : plot.series()) {
            for (int i = 0; i < series.y().size(); i++) {
                String category = i < series.labels().size() ? series.labels().get(i)
                        : TickFormat.label(series.x().get(i));
                dataset.addValue(series.y().get(i), series.name(), category);
                longestLabel = Math.max(longestLabel, category.length());
            }
            categories = Math.max(categories, series.y().size());
        }
        boolean sideways = longestLabel > UPRIGHT_LABEL_CHARACTERS || categories > UPRIGHT_CATEGORIES;
        CategoryAxis xAxis = new CategoryAxis(plot.xLabel());
        xAxis.setMaximumCategoryLabelLines(2);
        xAxis.setMaximumCategoryLabelWidthRatio(sideways ? 0.45f : 1f);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        CategoryPlot category = new CategoryPlot(dataset, xAxis, new NumberAxis(plot.yLabel()), renderer);
        category.setOrientation(sideways ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        category.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ChartStyle.series(renderer, plot.series().size());
        List<Double> ys = plot.series().stream().flatMap(series -> series.y().stream()).toList();
        ChartStyle.valueRange(category.getRangeAxis(), ys, plot.references(), true);
        ChartStyle.markers(plot.references()).forEach(category::addRangeMarker);
        return new JFreeChart(null, ChartStyle.FONT, category,
                plot.series().size() > 1 || !plot.references().isEmpty());
    }
}
