package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EplbExampleCheckTest {

    private final EplbExampleCheck check = new EplbExampleCheck();
    private final CheckContext context = LibraryFixture.alone();

    private double run(Map<String, Object> with) throws CheckException {
        return check.run(context, Parameters.of(with)).quantity().value();
    }

    @ParameterizedTest(name = "layer {0} {1}")
    @CsvSource({
            // EPLB README example by hand (FACTS.md D11). Layer 0 GPU loads (2 slots each, load / replicas):
            // 121.5 86.5 125 113 147.5 131.5 156 152; total 1033 (= Σ weights), mean 129.125, max 156:
            // 156 / 129.125 = 1.208132; idle 1 - 129.125/156 = 0.172276; hottest expert 183 / 129.125 = 1.417231
            "0, max-over-mean, 1.208132",
            "0, idle-share, 0.172276",
            "0, hottest-expert-over-mean, 1.417231",
            // layer 1: 173 179.5 120.5 172 123 152 118.5 117.5; total 1156, mean 144.5, max 179.5:
            // 179.5 / 144.5 = 1.242215; hottest expert 197 / 144.5 = 1.363322
            "1, max-over-mean, 1.242215",
            "1, hottest-expert-over-mean, 1.363322"})
    void should_reproduce_the_published_example(int layer, String metric, double expected) throws CheckException {
        assertThat(run(Map.of("layer", layer, "metric", metric))).isCloseTo(expected, within(1e-6));
    }

    @Test
    void should_balance_at_least_as_well_with_the_greedy_policy_on_the_same_loads() throws CheckException {
        for (int layer : new int[] {0, 1}) {
            double greedy = run(Map.of("layer", layer, "policy", "greedy"));
            double published = run(Map.of("layer", layer));

            // max/mean >= 1 by definition; on these loads the lab's greedy packing is no worse than EPLB's output
            assertThat(greedy).isBetween(1.0, published);
        }
    }

    @Test
    void should_plot_both_placements_with_the_mean() throws CheckException {
        Measurement measurement = check.run(context, Parameters.of(Map.of()));

        assertThat(measurement.plots()).singleElement().satisfies(plot -> {
            assertThat(plot.series()).hasSize(2);
            assertThat(plot.references()).singleElement()
                    .satisfies(reference -> assertThat(reference.y()).isCloseTo(129.125, within(1e-9)));
        });
    }

    @Test
    void should_refuse_a_third_layer() {
        assertThatThrownBy(() -> run(Map.of("layer", 2)))
                .isInstanceOf(CheckException.class)
                .hasMessage("layer: expected an integer in [0, 1], got 2");
    }
}
