package org.claimcheck.check.cost;

import java.util.List;
import org.claimcheck.check.Check;

/** The training-budget checks, for the registry. */
public final class CostChecks {

    private CostChecks() {
    }

    /** cost.gpu-hours, cost.usd, cost.mfu, cost.reduction. */
    public static List<Check> all() {
        return List.of(new GpuHoursCheck(), new UsdCheck(), new MfuCheck(), new ReductionCheck());
    }
}
