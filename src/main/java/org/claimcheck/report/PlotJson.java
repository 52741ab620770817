package org.claimcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimcheck.check.Plot;
import org.claimcheck.json.JsonTree;

/**
 * One plot of {@code report.json}: {@code id}, {@code title}, {@code xLabel}, {@code yLabel}, {@code logX},
 * {@code series[]} ({@code name}, {@code x[]}, {@code y[]}, {@code labels[]}) and {@code references[]} ({@code label},
 * {@code y}), values as the check gave them, in the axes' units.
 */
final class PlotJson {

    private PlotJson() {
    }

    static ObjectNode of(Plot plot) {
        ObjectNode node = JsonTree.object();
        node.put("id", plot.id());
        node.put("title", plot.title());
        node.put("xLabel", plot.xLabel());
        node.put("yLabel", plot.yLabel());
        node.put("logX", plot.logX());
        ArrayNode series = node.putArray("series");
        for (Plot.Series one : plot.series()) {
            ObjectNode entry = series.addObject();
            entry.put("name", one.name());
            one.x().forEach(entry.putArray("x")::add);
            one.y().forEach(entry.putArray("y")::add);
            one.labels().forEach(entry.putArray("labels")::add);
        }
        ArrayNode references = node.putArray("references");
        plot.references().forEach(reference -> references.addObject().put("label", reference.label())
                .put("y", reference.y()));
        return node;
    }
}
