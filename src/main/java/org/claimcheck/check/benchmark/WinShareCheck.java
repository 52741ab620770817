package org.claimcheck.check.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Numbers;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * {@code benchmark.win-share}: the share of a result table's rows on which DeepSeek-V3 scores above a baseline by more
 * than a margin, \( \#\{r : s_{V3}(r) - s_{base}(r) > m\} / \#\{r : \text{both scored}\} \), in [0, 1]. Rows where a
 * lower score is better (bits per byte, "BPB") count a lower score as the win. Rows where either model has no score
 * are left out.
 *
 * @see "R Table 6, p.31 (chat models) and Table 3, p.25 (base models); R p.25 treats gaps of 0.3 or less as the same
 *      level"
 */
final class WinShareCheck implements Check {

    private static final List<String> TABLES = List.of("chat", "base");

    @Override
    public String kind() {
        return "benchmark.win-share";
    }

    @Override
    public String summary() {
        return "share of R's benchmark rows where DeepSeek-V3 scores above a baseline by more than a margin (ratio)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.required("baseline", "a column of the table, e.g. LLaMA-3.1-405B-Inst",
                        "the model DeepSeek-V3 is compared with, as the table names it"),
                Parameter.optional("table", "chat or base", "chat: R Table 6 p.31 (default); base: R Table 3 p.25"),
                Parameter.optional("margin", "a number of points in [0, 100]",
                        "a win needs a gap above this; R p.25 counts gaps up to 0.3 as the same level (default 0)"));
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        String table = parameters.optionalString("table").orElse("chat");
        if (!TABLES.contains(table)) {
            throw CheckException.invalid("table: expected chat or base, got \"" + table + "\"");
        }
        double margin = parameters.optionalNumber("margin").orElse(0.0);
        if (!(margin >= 0 && margin <= 100)) {
            throw CheckException.invalid("margin: expected a number of points in [0, 100], got " + margin);
        }
        ResultTable results = ResultTable.load(context, table);
        String baseline = parameters.string("baseline");
        int base = results.column(baseline);
        return measure(results, base, margin);
    }

    private static Measurement measure(ResultTable results, int base, double margin) throws CheckException {
        int subject = results.column(results.subject());
        List<String> steps = new ArrayList<>();
        List<SourcedValue> inputs = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int wins = 0;
        for (String row : results.rows()) {
            double[] scores = results.scores(row);
            if (Double.isNaN(scores[subject]) || Double.isNaN(scores[base])) {
                steps.add(row + ": not scored for both models, left out");
                continue;
            }
            double gap = ResultTable.lowerIsBetter(row) ? scores[base] - scores[subject] : scores[subject] - scores[base];
            boolean win = gap > margin + 1e-9;
            wins += win ? 1 : 0;
            gaps.add(gap);
            labels.add(row);
            inputs.add(results.score(row, subject));
            inputs.add(results.score(row, base));
            steps.add(String.format(Locale.ROOT, "%s: %s vs %s, gap %s → %s", row, Numbers.format(scores[subject]),
                    Numbers.format(scores[base]), Numbers.format(gap), win ? "win" : "no win"));
        }
        if (gaps.isEmpty()) {
            throw CheckException.unstated("no row of " + results.name() + " scores both models");
        }
        double share = (double) wins / gaps.size();
        steps.add(String.format(Locale.ROOT, "%s wins %d of %d rows by more than %s points: %s", results.subject(),
                wins, gaps.size(), Numbers.format(margin), Numbers.format(share)));
        List<Double> x = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            x.add((double) i);
        }
        Plot plot = new Plot("win-share-" + results.name().toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + base,
                results.subject() + " minus " + results.columns().get(base) + ", " + results.name(), "benchmark",
                "score gap (points; positive = " + results.subject() + " better)", false,
                List.of(new Plot.Series("gap", x, gaps, labels)), List.of(new Plot.Reference("margin", margin)));
        return Measurement.of(Quantity.of(share, Unit.RATIO), inputs, steps).withPlot(plot);
    }
}
