package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.junit.jupiter.api.Test;

class AccumulationCheckTest {

    private final AccumulationCheck check = new AccumulationCheck();

    @Test
    void should_reproduce_the_order_of_magnitude_of_the_reported_error_without_promotion() throws Exception {
        // R §3.3.2 p.17: "maximum relative error of nearly 2%" at K = 4096 with the limited accumulation
        double limited = value(Map.of("accumulation", "limited"));
        assertThat(limited).isBetween(0.02 / 10, 0.02 * 10);
    }

    @Test
    void should_remove_most_of_the_error_when_promoting_every_128_products() throws Exception {
        double limited = value(Map.of("accumulation", "limited"));
        double promoted = value(Map.of("accumulation", "promoted"));
        assertThat(promoted).isLessThan(limited / 10);
    }

    @Test
    void should_be_far_more_precise_with_fp32_accumulation() throws Exception {
        // FP32 keeps 24 bits: a relative error around K · 2^-24 ≈ 2.4e-4 at worst for K = 4096, far less on average
        assertThat(value(Map.of("accumulation", "fp32"))).isLessThan(1e-5);
    }

    @Test
    void should_grow_with_k_without_promotion() throws Exception {
        Measurement measurement = check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.none());
        Plot.Series limited = measurement.plots().get(0).series().stream()
                .filter(series -> series.name().equals("limited")).findFirst().orElseThrow();
        assertThat(limited.x()).containsExactly(256.0, 1024.0, 4096.0, 16_384.0);
        assertThat(limited.y().get(3)).isGreaterThan(limited.y().get(0));
        assertThat(measurement.plots().get(0).references()).extracting(Plot.Reference::y).containsExactly(0.02);
    }

    @Test
    void should_give_the_same_numbers_for_the_same_seed() throws Exception {
        Map<String, Object> parameters = Map.of("seed", 3L, "k", 1024);
        assertThat(Double.doubleToRawLongBits(value(parameters)))
                .isEqualTo(Double.doubleToRawLongBits(value(parameters)));
        assertThat(value(parameters)).isNotEqualTo(value(Map.of("seed", 4L, "k", 1024)));
    }

    @Test
    void should_name_the_seed_and_the_interval_in_its_steps() throws Exception {
        Measurement measurement = check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.none());
        assertThat(measurement.steps()).anySatisfy(step -> assertThat(step).contains("seeds 20241226 to 20241230"));
        assertThat(measurement.steps()).anySatisfy(step -> assertThat(step).contains("95% CI"));
    }

    @Test
    void should_refuse_a_k_that_is_not_a_multiple_of_the_wgmma_size() {
        assertThatThrownBy(() -> value(Map.of("k", 1000)))
                .isInstanceOf(CheckException.class)
                .hasMessage("k: expected a multiple of 32 (products per WGMMA), got 1000");
    }

    private double value(Map<String, ?> parameters) throws CheckException {
        return check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(parameters)).quantity().value();
    }
}
