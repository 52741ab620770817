package org.claimcheck.audit;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.benchmark.BenchmarkChecks;
import org.claimcheck.check.fp8.Fp8Checks;
import org.claimcheck.check.model.ModelChecks;
import org.claimcheck.check.moe.MoeLabChecks;

/** The one explicit list of the checks claim files may name; a new check is added here, nowhere else. */
public final class Checks {

    private Checks() {
    }

    /** The registry of every check of the project. */
    public static CheckRegistry registry() {
        List<Check> checks = new ArrayList<>();
        checks.addAll(ModelChecks.all());
        checks.addAll(Fp8Checks.all());
        checks.addAll(MoeLabChecks.all());
        checks.addAll(BenchmarkChecks.all());
        return CheckRegistry.of(checks);
    }
}
