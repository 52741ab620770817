package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.DomainChecks;
import org.claimcheck.check.LibraryFixture;
import org.junit.jupiter.api.Test;

class MoeChecksTest {

    @Test
    void should_register_the_four_moe_kinds() {
        assertThat(CheckRegistry.of(MoeChecks.all()).kinds()).containsExactly("moe.routing-balance",
                "moe.redundant-experts", "moe.eplb-example", "moe.ablation");
        DomainChecks.assertDocumented("moe", MoeChecks.all());
    }

    @Test
    void should_run_every_check_with_its_defaults() throws CheckException {
        DomainChecks.assertRunWithDefaults(MoeChecks.all(), LibraryFixture.alone(), Map.of());
    }
}
