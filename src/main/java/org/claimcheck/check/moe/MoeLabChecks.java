package org.claimcheck.check.moe;

import java.util.List;
import org.claimcheck.check.Check;
import org.claimcheck.check.cost.GpuHoursCheck;
import org.claimcheck.check.cost.MfuCheck;
import org.claimcheck.check.cost.ReductionCheck;
import org.claimcheck.check.cost.UsdCheck;
import org.claimcheck.check.parallelism.PipelineBubbleCheck;

/** Every check of the MoE, parallelism and cost lab, for the registry. */
public final class MoeLabChecks {

    private MoeLabChecks() {
    }

    /** The lab's checks, one per kind. */
    public static List<Check> all() {
        return List.of(
                new RoutingBalanceCheck(),
                new RedundantExpertsCheck(),
                new EplbExampleCheck(),
                new AblationCheck(),
                new PipelineBubbleCheck(),
                new GpuHoursCheck(),
                new UsdCheck(),
                new MfuCheck(),
                new ReductionCheck());
    }
}
