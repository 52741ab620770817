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
import org.claimcheck.claim.Numbers;

/**
 * {@code benchmark.majority}: whether DeepSeek-V3 scores above a baseline on more than half of a result table's rows
 * — strictly more, as "outperforms" and R p.25's "surpasses ... in the majority of benchmarks" mean: a tie at half
 * is not a majority. The rows are counted as {@code benchmark.win-share} counts them (same parameters). The result is
 * a stated property, so an article's word ("outperforming") is compared without a threshold of the tool's passing
 * for the article's figure: {@code higher-on-most-rows} when wins &gt; rows / 2, {@code higher-on-half-the-rows}
 * when wins = rows / 2, else {@code higher-on-fewer-than-half-the-rows}.
 *
 * @see "R Table 6, p.31 (chat models) and Table 3, p.25 (base models)"
 */
final class MajorityCheck implements Check {

    private static final double HALF = 0.5;

    private final WinShareCheck shares = new WinShareCheck();

    @Override
    public String kind() {
        return "benchmark.majority";
    }

    @Override
    public String summary() {
        return "whether DeepSeek-V3 scores above a baseline on more than half of R's benchmark rows (higher-on-most-rows,"
                + " higher-on-half-the-rows or higher-on-fewer-than-half-the-rows)";
    }

    @Override
    public List<Parameter> parameters() {
        return shares.parameters();
    }

    @Override
    public Measurement run(CheckContext context, Parameters parameters) throws CheckException {
        Measurement counted = shares.run(context, parameters);
        double share = counted.quantity().inBase();
        String property = share > HALF ? "higher-on-most-rows"
                : share == HALF ? "higher-on-half-the-rows" : "higher-on-fewer-than-half-the-rows";
        List<String> steps = new ArrayList<>(counted.steps());
        steps.add(String.format(Locale.ROOT, "share of rows won %s %s one half → %s", Numbers.format(share),
                share > HALF ? "is more than" : share == HALF ? "is exactly" : "is less than", property));
        Measurement result = Measurement.stated(property, counted.inputs(), steps);
        for (var plot : counted.plots()) {
            result = result.withPlot(plot);
        }
        return result;
    }
}
