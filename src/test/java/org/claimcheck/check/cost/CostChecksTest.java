package org.claimcheck.check.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.DomainChecks;
import org.claimcheck.check.LibraryFixture;
import org.junit.jupiter.api.Test;

class CostChecksTest {

    @Test
    void should_register_the_four_cost_kinds() {
        assertThat(CheckRegistry.of(CostChecks.all()).kinds()).containsExactly("cost.gpu-hours", "cost.usd",
                "cost.mfu", "cost.reduction");
        DomainChecks.assertDocumented("cost", CostChecks.all());
    }

    @Test
    void should_run_every_check_with_its_defaults() throws CheckException {
        DomainChecks.assertRunWithDefaults(CostChecks.all(), LibraryFixture.alone(),
                Map.of("cost.reduction", Map.of("baseline", "llama-3.1-405b")));
    }
}
