package org.claimcheck.check.fp8;

import java.util.List;
import org.claimcheck.check.Check;

/** The FP8 numerics lab's checks, for the registry. */
public final class Fp8Checks {

    private Fp8Checks() {
    }

    /** fp8.format, fp8.outliers, fp8.accumulation, fp8.gradient-underflow, fp8.data-size, fp8.delayed-scaling, fp8.outlier-format. */
    public static List<Check> all() {
        return List.of(new FormatCheck(), new OutlierCheck(), new AccumulationCheck(), new GradientUnderflowCheck(),
                new DataSizeCheck(), new DelayedScalingCheck(), new OutlierFormatCheck());
    }
}
