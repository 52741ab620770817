package org.claimcheck.check;

import java.util.List;
import java.util.Objects;

/**
 * The data of one plot that an experiment or calculation yields, for the HTML report.
 *
 * @param id         stable id, kebab-case, unique within a measurement
 * @param title      the plot's title
 * @param xLabel     x axis label with its unit
 * @param yLabel     y axis label with its unit
 * @param logX       whether the x axis is logarithmic
 * @param series     the series, each with as many x as y values
 * @param references horizontal reference lines (a claimed value, a published figure)
 */
public record Plot(String id, String title, String xLabel, String yLabel, boolean logX, List<Series> series,
                   List<Reference> references) {

    public Plot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        series = List.copyOf(series);
        references = List.copyOf(references);
    }

    /** A plot with the claimed value as a reference line added. */
    public Plot withReference(Reference reference) {
        List<Reference> more = new java.util.ArrayList<>(references);
        more.add(reference);
        return new Plot(id, title, xLabel, yLabel, logX, series, more);
    }

    /** One named series of points; categorical x values are given as labels with x = 0, 1, 2 … */
    public record Series(String name, List<Double> x, List<Double> y, List<String> labels) {
        public Series {
            Objects.requireNonNull(name, "name");
            x = List.copyOf(x);
            y = List.copyOf(y);
            labels = List.copyOf(labels);
            if (x.size() != y.size()) {
                throw new IllegalArgumentException("series " + name + ": " + x.size() + " x but " + y.size() + " y");
            }
        }

        public static Series of(String name, List<Double> x, List<Double> y) {
            return new Series(name, x, y, List.of());
        }
    }

    /** A horizontal line at {@code y}, labelled. */
    public record Reference(String label, double y) {
        public Reference {
            Objects.requireNonNull(label, "label");
        }
    }
}
