package org.claimcheck.check.moe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.FigureFile;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * The auxiliary-loss-free balancing ablation, R Table 5 (p.27): the gain of aux-loss-free over aux-loss-based
 * routing on the accuracy rows (Pile-test BPB, where lower is better, is left out), in points or relative, as a
 * mean, a best row, or a count of rows that got worse.
 */
final class AblationCheck implements Check {

    private static final String TABLE_5 = "table5_aux_loss_free_ablation_p27";
    private static final String LOCATOR = "Table 5, p.27";
    private static final String LOWER_IS_BETTER = "(BPB)";
    private static final List<String> METRICS = List.of("mean-gain-points", "mean-relative-gain",
            "best-gain-points", "best-relative-gain", "rows-worse");

    @Override
    public String kind() {
        return "moe.ablation";
    }

    @Override
    public String summary() {
        return "accuracy gain of aux-loss-free over aux-loss-based balancing, R Table 5 (points, ratio or count)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.optional("scale", "small | large", "small: 2.4B activated / 15.7B total, 1.33T tokens; "
                        + "large: 20.9B / 228.7B, 578B tokens; default large"),
                Parameter.optional("metric", String.join(" | ", METRICS), "gain = aux-free − aux-based per "
                        + "accuracy row; relative = gain / aux-based; default mean-gain-points"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String scale = parameters.choice("scale", "large", List.of("small", "large"));
        String metric = parameters.choice("metric", "mean-gain-points", METRICS);
        FigureFile report = FigureFile.load(context, FigureFile.REPORT);
        int based = scale.equals("small") ? 0 : 2;
        List<Row> rows = new ArrayList<>();
        List<SourcedValue> inputs = new ArrayList<>();
        for (String benchmark : report.keys(TABLE_5, "rows")) {
            if (!benchmark.contains(LOWER_IS_BETTER)) {
                SourcedValue before = cell(report, benchmark, based, "aux-loss-based");
                SourcedValue after = cell(report, benchmark, based + 1, "aux-loss-free");
                inputs.add(before);
                inputs.add(after);
                rows.add(new Row(benchmark, before.value(), after.value()));
            }
        }
        List<String> steps = new ArrayList<>();
        for (Row row : rows) {
            steps.add(String.format(Locale.ROOT, "%s: %.1f → %.1f, %+.1f points (%+.1f%%)", row.benchmark(),
                    row.based(), row.free(), row.gain(), row.relativeGain() * 100));
        }
        Quantity result = result(metric, rows);
        steps.add(String.format(Locale.ROOT, "%s over %d accuracy rows of the %s models: %s", metric, rows.size(),
                scale, result.unit() == Unit.RATIO ? String.format(Locale.ROOT, "%.2f%%", result.value() * 100)
                        : String.format(Locale.ROOT, "%.2f", result.value())));
        return new Measurement(new Measurement.Numeric(result), inputs, steps, List.of(plot(scale, rows)));
    }

    private static SourcedValue cell(FigureFile report, String benchmark, int column, String variant)
            throws CheckException {
        return report.value(benchmark + " " + variant, Unit.POINTS, 1.0, "R", LOCATOR, TABLE_5, "rows", benchmark,
                Integer.toString(column));
    }

    private static Quantity result(String metric, List<Row> rows) {
        return switch (metric) {
            case "mean-gain-points" -> Quantity.of(rows.stream().mapToDouble(Row::gain).average().orElseThrow(),
                    Unit.POINTS);
            case "mean-relative-gain" -> Quantity.of(rows.stream().mapToDouble(Row::relativeGain).average()
                    .orElseThrow(), Unit.RATIO);
            case "best-gain-points" -> Quantity.of(rows.stream().mapToDouble(Row::gain).max().orElseThrow(),
                    Unit.POINTS);
            case "best-relative-gain" -> Quantity.of(rows.stream().mapToDouble(Row::relativeGain).max()
                    .orElseThrow(), Unit.RATIO);
            default -> Quantity.of(rows.stream().filter(row -> row.gain() < 0).count(), Unit.COUNT);
        };
    }

    private static Plot plot(String scale, List<Row> rows) {
        List<Double> x = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            x.add((double) i);
            labels.add(rows.get(i).benchmark());
        }
        List<Double> gains = rows.stream().map(Row::gain).toList();
        return new Plot("ablation-gain-by-benchmark", "Aux-loss-free minus aux-loss-based, " + scale + " models "
                + "(R Table 5)", "benchmark", "gain (points)", false,
                List.of(new Plot.Series("gain (points)", x, gains, labels)), List.of());
    }

    /** One accuracy row of Table 5 for one scale. */
    private record Row(String benchmark, double based, double free) {

        double gain() {
            return free - based;
        }

        double relativeGain() {
            return gain() / based;
        }
    }
}
