package org.claimcheck.check.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;

class UsdCheckTest {

    private final UsdCheck check = new UsdCheck();
    private final CheckContext context = LibraryFixture.alone();

    private double usd(Map<String, Object> with) throws CheckException {
        Measurement measurement = check.run(context, Parameters.of(with));
        assertThat(measurement.quantity().unit()).isEqualTo(Unit.USD);
        return measurement.quantity().value();
    }

    @Test
    void should_reproduce_the_published_total() throws CheckException {
        // R Table 1, p.5: $5.576M
        assertThat(usd(Map.of())).isCloseTo(5_576_000.0, within(1e-6));
    }

    @Test
    void should_reproduce_the_total_from_hours_times_price() throws CheckException {
        // R Table 1, p.5: 2,788K GPU-hours × $2 = $5.576M
        assertThat(usd(Map.of("method", "hours-times-price"))).isCloseTo(5_576_000.0, within(1e-6));
    }

    @Test
    void should_reproduce_pre_training_from_hours_times_price() throws CheckException {
        // R Table 1, p.5: 2,664K × $2 = $5.328M
        assertThat(usd(Map.of("stage", "pre-training", "method", "hours-times-price")))
                .isCloseTo(5_328_000.0, within(1e-6));
    }

    @Test
    void should_price_llama_405b_at_the_report_rate() throws CheckException {
        // FACTS.md D13: 30.84M × $2 = $61.68M
        assertThat(usd(Map.of("model", "llama-3.1-405b"))).isCloseTo(61_680_000.0, within(1e-6));
    }

    @Test
    void should_price_llama_70b_at_a_given_rate() throws CheckException {
        // 7.0M GPU-hours (L31) × $3.5 = $24.5M
        assertThat(usd(Map.of("model", "llama-3.1-70b", "price_per_gpu_hour", 3.5)))
                .isCloseTo(24_500_000.0, within(1e-6));
    }

    @Test
    void should_read_gpt4_reported_lower_bound() throws CheckException {
        // Wired 2023-04-17: "cost over $100 million"
        assertThat(usd(Map.of("model", "gpt-4-reported"))).isEqualTo(100e6);
    }

    @Test
    void should_price_v3_at_a_given_rate_only_by_hours_times_price() throws CheckException {
        // 2,788K GPU-hours × $2.5 = $6.97M
        assertThat(usd(Map.of("method", "hours-times-price", "price_per_gpu_hour", 2.5)))
                .isCloseTo(6_970_000.0, within(1e-6));
        assertThatThrownBy(() -> usd(Map.of("price_per_gpu_hour", 2.5)))
                .isInstanceOf(CheckException.class)
                .hasMessage("price_per_gpu_hour: applies to GPU-hours × price, not to the stated cost of deepseek-v3"
                        + " (give method: hours-times-price)");
    }

    @Test
    void should_refuse_a_negative_price() {
        assertThatThrownBy(() -> usd(Map.of("model", "llama-3-8b", "price_per_gpu_hour", -1)))
                .isInstanceOf(CheckException.class)
                .hasMessageStartingWith("price_per_gpu_hour: expected a number in [");
    }
}
