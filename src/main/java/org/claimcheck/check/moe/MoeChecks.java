package org.claimcheck.check.moe;

import java.util.List;
import org.claimcheck.check.Check;

/** The mixture-of-experts checks, for the registry. */
public final class MoeChecks {

    private MoeChecks() {
    }

    /** moe.routing-balance, moe.redundant-experts, moe.eplb-example, moe.ablation. */
    public static List<Check> all() {
        return List.of(new RoutingBalanceCheck(), new RedundantExpertsCheck(), new EplbExampleCheck(),
                new AblationCheck());
    }
}
