package org.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;

/**
 * What every domain's list of checks must satisfy, for the domains' tests: kinds with the domain's prefix, documented
 * parameters, and a run with the defaults (plus the few parameters given) into a finite, sourced, deterministic result
 * within a CPU guard.
 */
public final class DomainChecks {

    /** A generous guard on one run's CPU time; the audit budget is a few hundred milliseconds. */
    private static final long MAX_CPU_NANOS = 1_500_000_000L;

    private DomainChecks() {
    }

    /** Every check is of {@code domain}, summarised, and documents each of its parameters. */
    public static void assertDocumented(String domain, List<Check> checks) {
        assertThat(checks).allSatisfy(check -> {
            assertThat(check.kind()).startsWith(domain + ".");
            assertThat(check.summary()).isNotBlank();
            assertThat(check.parameters()).allSatisfy(parameter -> assertThat(parameter.description()).isNotBlank());
        });
    }

    /**
     * Every check runs with {@code required} parameters (by kind) into a finite number with inputs, steps and a plot,
     * gives the same measurement twice, and stays within the CPU guard.
     */
    public static void assertRunWithDefaults(List<Check> checks, CheckContext context,
                                             Map<String, Map<String, Object>> required) throws CheckException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Check check : checks) {
            Parameters parameters = Parameters.of(required.getOrDefault(check.kind(), Map.of()));
            Measurement first = check.run(context, parameters);
            long start = threads.getCurrentThreadCpuTime();
            Measurement second = check.run(context, parameters);
            long cpuNanos = threads.getCurrentThreadCpuTime() - start;

            assertThat(Double.isFinite(first.quantity().value())).as(check.kind()).isTrue();
            assertThat(first.inputs()).as(check.kind()).isNotEmpty();
            assertThat(first.steps()).as(check.kind()).isNotEmpty();
            assertThat(first.plots()).as(check.kind()).isNotEmpty();
            assertThat(second).as(check.kind()).isEqualTo(first);
            assertThat(cpuNanos).as(check.kind() + " CPU ns").isLessThan(MAX_CPU_NANOS);
        }
    }
}
