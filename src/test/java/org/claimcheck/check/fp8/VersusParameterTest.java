package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;

/** A comparison from one run ({@code versus}) equals the same comparison of two separate runs: a second method. */
class VersusParameterTest {

    private static double run(Check check, Map<String, Object> parameters) throws CheckException {
        return check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(parameters)).quantity().inBase();
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    @Test
    void should_give_the_share_of_the_limited_error_that_promotion_removes() throws CheckException {
        Map<String, Object> base = Map.of("seeds", 2, "k", 1024);
        double promoted = run(new AccumulationCheck(), with(base, "accumulation", "promoted"));
        double limited = run(new AccumulationCheck(), with(base, "accumulation", "limited"));
        double compared = run(new AccumulationCheck(), with(with(base, "accumulation", "promoted"), "versus", "limited"));
        assertThat(compared).isCloseTo(1 - promoted / limited, within(1e-12));
    }

    @Test
    void should_give_the_difference_between_two_formats() throws CheckException {
        Map<String, Object> base = Map.of("seeds", 2, "metric", "flushed-share", "outlier_scale", 1e4,
                "population", "regular");
        double e4m3 = run(new OutlierCheck(), with(base, "format", "E4M3"));
        double e5m2 = run(new OutlierCheck(), with(base, "format", "E5M2"));
        double compared = run(new OutlierCheck(), with(with(base, "format", "E4M3"), "versus", "E5M2"));
        assertThat(compared).isCloseTo(e4m3 - e5m2, within(1e-15));
    }
}
