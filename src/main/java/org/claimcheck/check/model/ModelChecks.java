package org.claimcheck.check.model;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Check;

/** The checks of the architecture calculator, for the registry. */
public final class ModelChecks {

    private ModelChecks() {
    }

    /** Every model check: parameter counts, FLOPs, KV cache, weights, training state, config fields and counts. */
    public static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        for (ParamScope scope : ParamScope.values()) {
            checks.add(new ParamCountCheck(scope));
        }
        checks.add(new FlopsPerTokenCheck());
        checks.add(new KvCacheElementsPerTokenCheck());
        checks.add(new KvCacheBytesPerTokenCheck());
        checks.add(new KvCacheBytesCheck());
        checks.add(new KvCacheComparisonCheck());
        checks.add(new TrainingStateBytesPerParamCheck());
        checks.add(new WeightBytesCheck());
        checks.add(new ConfigFieldCheck());
        for (ArchitectureCount count : ArchitectureCount.values()) {
            checks.add(new ArchitectureCountCheck(count));
        }
        return List.copyOf(checks);
    }
}
