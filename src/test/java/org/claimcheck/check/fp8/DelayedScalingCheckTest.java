package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;

class DelayedScalingCheckTest {

    private final DelayedScalingCheck check = new DelayedScalingCheck();

    @Test
    void should_overflow_with_history_scaling_when_the_amax_grows() throws Exception {
        // Second method, by hand: with growth 1.5 the delayed scale maps last step's amax (≈ 3.7σ_{t−1} for 8192
        // draws) onto 448, so this step overflows where |z| > 3.7 / 1.5 ≈ 2.5, P ≈ 1.2%: about 100 of 8192 per step,
        // 7 steps, hundreds in total.
        double overflows = value(Map.of());
        assertThat(overflows).isBetween(100.0, 2000.0);
    }

    @Test
    void should_never_overflow_with_online_scaling() throws Exception {
        assertThat(value(Map.of("strategy", "online-tile"))).isZero();
        assertThat(value(Map.of("strategy", "online-tensor"))).isZero();
    }

    @Test
    void should_lose_precision_with_history_scaling_only_through_overflow() throws Exception {
        // Without growth the delayed scale is the largest of the last 4 amaxes: about as good as the online one.
        double delayed = value(Map.of("metric", "sqnr-db", "growth", 1.0));
        double online = value(Map.of("metric", "sqnr-db", "growth", 1.0, "strategy", "online-tensor"));
        assertThat(delayed).isCloseTo(online, org.assertj.core.api.Assertions.within(1.0));
        assertThat(value(Map.of("metric", "sqnr-db", "growth", 4.0))).isLessThan(online);
    }

    private double value(Map<String, ?> parameters) throws CheckException {
        return check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(parameters)).quantity().value();
    }
}
