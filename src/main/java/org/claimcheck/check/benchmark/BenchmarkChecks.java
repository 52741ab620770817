package org.claimcheck.check.benchmark;

import java.util.List;
import org.claimcheck.check.Check;

/** The benchmark comparison checks, for the registry. */
public final class BenchmarkChecks {

    private BenchmarkChecks() {
    }

    /** benchmark.win-share, benchmark.majority. */
    public static List<Check> all() {
        return List.of(new WinShareCheck(), new MajorityCheck());
    }
}
