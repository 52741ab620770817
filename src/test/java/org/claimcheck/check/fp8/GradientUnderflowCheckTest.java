package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;

class GradientUnderflowCheckTest {

    private final GradientUnderflowCheck check = new GradientUnderflowCheck();

    @Test
    void should_flush_every_element_of_unscaled_clipped_gradients_at_deepseek_scale() throws Exception {
        // Hand-derived: RMS 1 / √671e9 ≈ 1.22e-6; E4M3 rounds to zero below 2^-10 ≈ 9.8e-4, i.e. |z| < 800 standard
        // deviations — every Gaussian draw.
        assertThat(value(Map.of())).isEqualTo(1.0);
    }

    @Test
    void should_flush_almost_nothing_with_tile_scaling() throws Exception {
        assertThat(value(Map.of("strategy", "tile-1x128"))).isLessThan(1e-3);
    }

    @Test
    void should_never_overflow_after_clipping() throws Exception {
        // After clipping to norm 1 no element exceeds 1, far below E4M3's 448.
        assertThat(value(Map.of("metric", "overflow-count", "parameter_count", 1.0e3))).isZero();
    }

    @Test
    void should_flush_about_what_the_normal_distribution_predicts_for_a_small_model() throws Exception {
        // Second method: with 1e6 parameters the RMS is 1e-3; E4M3 flushes |x| ≤ 2^-10 (the tie at 2^-10 goes to 0),
        // so the expected share is P(|z| ≤ 2^-10 / 1e-3) = erf(0.9766 / √2) ≈ 0.6711 (Φ(0.9766) = 0.83555).
        double share = value(Map.of("parameter_count", 1.0e6, "seeds", 10));
        assertThat(share).isBetween(0.6711 - 0.01, 0.6711 + 0.01);
    }

    @Test
    void should_say_where_clipping_happens_relative_to_the_casts() throws Exception {
        Measurement measurement = check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.none());
        assertThat(measurement.steps().get(0)).contains("R §4.2 p.23").contains("never touches an FP8 tensor");
        assertThat(measurement.inputs()).anySatisfy(input -> assertThat(input.source().cite())
                .isEqualTo("V2, §3.1.2 p.12"));
        assertThat(measurement.plots().get(0).logX()).isTrue();
    }

    private double value(Map<String, ?> parameters) throws CheckException {
        return check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(parameters)).quantity().value();
    }
}
