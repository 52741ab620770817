package org.claimcheck.audit;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.benchmark.BenchmarkChecks;
import org.claimcheck.check.cost.CostChecks;
import org.claimcheck.check.fp8.Fp8Checks;
import org.claimcheck.check.model.ModelChecks;
import org.claimcheck.check.moe.MoeChecks;
import org.claimcheck.check.parallelism.ParallelismChecks;

/**
 * The one explicit list of the checks claim files may name: each domain's own list, in this order. A new check goes in
 * its domain's list; a new domain adds its list here.
 */
public final class Checks {

    private Checks() {
    }

    /** The registry of every check of the project. */
    public static CheckRegistry registry() {
        List<Check> checks = new ArrayList<>();
        checks.addAll(ModelChecks.all());
        checks.addAll(Fp8Checks.all());
        checks.addAll(MoeChecks.all());
        checks.addAll(ParallelismChecks.all());
        checks.addAll(CostChecks.all());
        checks.addAll(BenchmarkChecks.all());
        return CheckRegistry.of(checks);
    }
}
