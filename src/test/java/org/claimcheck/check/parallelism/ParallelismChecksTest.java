package org.claimcheck.check.parallelism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.DomainChecks;
import org.claimcheck.check.LibraryFixture;
import org.junit.jupiter.api.Test;

class ParallelismChecksTest {

    @Test
    void should_register_the_pipeline_bubble() {
        assertThat(CheckRegistry.of(ParallelismChecks.all()).kinds()).containsExactly("parallelism.pipeline-bubble");
        DomainChecks.assertDocumented("parallelism", ParallelismChecks.all());
    }

    @Test
    void should_run_with_its_defaults_and_the_micro_batches_r_does_not_state() throws CheckException {
        DomainChecks.assertRunWithDefaults(ParallelismChecks.all(), LibraryFixture.alone(),
                Map.of("parallelism.pipeline-bubble", Map.of("micro_batches", 32)));
    }
}
