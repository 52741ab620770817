package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.cost.FixtureContext;
import org.junit.jupiter.api.Test;

class MoeLabChecksTest {

    /** The few parameters a default run cannot do without. */
    private static final Map<String, Map<String, Object>> REQUIRED = Map.of(
            "parallelism.pipeline-bubble", Map.of("micro_batches", 32),
            "cost.reduction", Map.of("baseline", "llama-3.1-405b"));
    /** A generous guard on one run's CPU time; the audit budget is a few hundred milliseconds. */
    private static final long MAX_CPU_NANOS = 1_500_000_000L;

    private final FixtureContext context = new FixtureContext();

    private Measurement runWithDefaults(Check check) throws CheckException {
        return check.run(context, Parameters.of(REQUIRED.getOrDefault(check.kind(), Map.of())));
    }

    @Test
    void should_register_nine_kinds_with_a_domain_prefix() {
        CheckRegistry registry = CheckRegistry.of(MoeLabChecks.all());

        assertThat(registry.kinds()).containsExactly("moe.routing-balance", "moe.redundant-experts",
                "moe.eplb-example", "moe.ablation", "parallelism.pipeline-bubble", "cost.gpu-hours", "cost.usd",
                "cost.mfu", "cost.reduction");
        assertThat(registry.all()).allSatisfy(check -> {
            assertThat(check.summary()).isNotBlank();
            assertThat(check.parameters()).isNotEmpty()
                    .allSatisfy(parameter -> assertThat(parameter.description()).isNotBlank());
        });
    }

    @Test
    void should_run_every_check_with_its_defaults_into_a_finite_result_with_sourced_inputs_and_a_plot()
            throws CheckException {
        for (Check check : MoeLabChecks.all()) {
            Measurement measurement = runWithDefaults(check);

            assertThat(Double.isFinite(measurement.quantity().value())).as(check.kind()).isTrue();
            assertThat(measurement.inputs()).as(check.kind()).isNotEmpty();
            assertThat(measurement.steps()).as(check.kind()).isNotEmpty();
            assertThat(measurement.plots()).as(check.kind()).isNotEmpty();
        }
    }

    @Test
    void should_give_the_same_measurement_twice_for_every_check() throws CheckException {
        for (Check check : MoeLabChecks.all()) {
            assertThat(runWithDefaults(check)).as(check.kind()).isEqualTo(runWithDefaults(check));
        }
    }

    @Test
    void should_run_each_check_with_its_defaults_within_the_cpu_guard() throws CheckException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Check> checks = MoeLabChecks.all();
        for (Check check : checks) {
            runWithDefaults(check);
            long start = threads.getCurrentThreadCpuTime();
            runWithDefaults(check);
            long cpuNanos = threads.getCurrentThreadCpuTime() - start;

            assertThat(cpuNanos).as(check.kind() + " CPU ns").isLessThan(MAX_CPU_NANOS);
        }
    }
}
