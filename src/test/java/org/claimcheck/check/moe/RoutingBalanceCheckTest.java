package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;

class RoutingBalanceCheckTest {

    private final RoutingBalanceCheck check = new RoutingBalanceCheck();
    private final CheckContext context = LibraryFixture.alone();

    private Measurement run(Map<String, Object> with) throws CheckException {
        return check.run(context, Parameters.of(with));
    }

    private static Map<String, Object> small(Map<String, Object> more) {
        Map<String, Object> with = new HashMap<>(Map.of("steps", 40, "tokens_per_step", 256, "seeds", 2));
        with.putAll(more);
        return with;
    }

    @Test
    void should_report_less_imbalance_with_the_bias_than_without() throws CheckException {
        double with = run(small(Map.of())).quantity().value();
        double without = run(small(Map.of("bias", false))).quantity().value();

        assertThat(with).isGreaterThanOrEqualTo(1.0).isLessThan(without);
    }

    @Test
    void should_take_the_gate_from_the_report() throws CheckException {
        Measurement measurement = run(small(Map.of()));

        // R §4.2: 256 routed experts, 8 activated, 4 nodes per token; p.23: 8 nodes, γ = 0.001
        assertThat(measurement.inputs()).filteredOn(input -> input.source().document().equals("R"))
                .extracting(input -> input.name() + "=" + input.value())
                .containsExactlyInAnyOrder("experts=256.0", "top_k=8.0", "nodes=8.0", "node_limit=4.0",
                        "gamma=0.001");
    }

    @Test
    void should_give_the_same_measurement_for_the_same_seed() throws CheckException {
        assertThat(run(small(Map.of("seed", 11)))).isEqualTo(run(small(Map.of("seed", 11))));
    }

    @Test
    void should_plot_both_runs_step_by_step() throws CheckException {
        Measurement measurement = run(small(Map.of("metric", "cv")));

        assertThat(measurement.plots()).singleElement().satisfies(plot -> {
            assertThat(plot.series()).hasSize(2);
            assertThat(plot.series().get(0).x()).hasSize(40);
        });
    }

    @Test
    void should_refuse_a_run_too_large_for_an_audit() {
        assertThatThrownBy(() -> run(Map.of("tokens_per_step", 65_536, "steps", 5000, "seeds", 20)))
                .isInstanceOf(CheckException.class)
                .hasMessage("steps: tokens_per_step × steps × seeds must be <= 20,000,000, got 65536 × 5000 × 20");
    }

    @Test
    void should_refuse_a_node_limit_that_does_not_divide_top_k() {
        assertThatThrownBy(() -> run(small(Map.of("node_limit", 3))))
                .isInstanceOf(CheckException.class)
                .hasMessageStartingWith("nodes: needs nodes dividing E, 1 <= M <= nodes, M dividing K");
    }
}
