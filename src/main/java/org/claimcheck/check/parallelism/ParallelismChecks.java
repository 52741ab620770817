package org.claimcheck.check.parallelism;

import java.util.List;
import org.claimcheck.check.Check;

/** The pipeline-parallelism checks, for the registry. */
public final class ParallelismChecks {

    private ParallelismChecks() {
    }

    /** parallelism.pipeline-bubble. */
    public static List<Check> all() {
        return List.of(new PipelineBubbleCheck());
    }
}
