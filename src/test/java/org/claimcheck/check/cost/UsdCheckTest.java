package org.claimcheck.check.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
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

    /** The cost of DeepSeek-V3 unless the parameters name another model. */
    private double usd(Map<String, Object> with) throws CheckException {
        Map<String, Object> parameters = new HashMap<>(Map.of("model", "deepseek-v3"));
        parameters.putAll(with);
        Measurement measurement = check.run(context, Parameters.of(parameters));
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
        assertThat(usd(Map.of("model", "llama-3.1-405b", "method", "hours-times-price", "price_of", "deepseek-v3")))
                .isCloseTo(61_680_000.0, within(1e-6));
    }

    @Test
    void should_price_llama_70b_at_a_given_rate() throws CheckException {
        // 7.0M GPU-hours (L31) × $3.5 = $24.5M
        assertThat(usd(Map.of("model", "llama-3.1-70b", "method", "hours-times-price", "price_per_gpu_hour", 3.5)))
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
    void should_refuse_two_prices_and_a_price_for_the_stated_cost() {
        assertThatThrownBy(() -> usd(Map.of("method", "hours-times-price", "price_per_gpu_hour", 2.5,
                "price_of", "deepseek-v3")))
                .isInstanceOf(CheckException.class)
                .hasMessage("price_of: give price_per_gpu_hour or price_of, not both");
        assertThatThrownBy(() -> usd(Map.of("price_of", "deepseek-v3")))
                .isInstanceOf(CheckException.class)
                .hasMessage("price_of: applies to GPU-hours × price, not to the stated cost of deepseek-v3 (give "
                        + "method: hours-times-price)");
    }

    @Test
    void should_find_no_price_for_a_model_whose_facts_state_none() {
        // the Llama 3.1 card states GPU-hours but no price
        assertThatThrownBy(() -> usd(Map.of("model", "llama-3.1-405b", "method", "hours-times-price")))
                .isInstanceOf(CheckException.class)
                .hasMessage("llama-3.1-405b.gpu-hour-price: the library's facts state no such figure");
    }

    @Test
    void should_refuse_a_negative_price() {
        assertThatThrownBy(() -> usd(Map.of("method", "hours-times-price", "price_per_gpu_hour", -1)))
                .isInstanceOf(CheckException.class)
                .hasMessageStartingWith("price_per_gpu_hour: expected a number in [");
    }
}
