package org.claimcheck.check.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.CheckRegistry;
import org.claimcheck.check.DomainChecks;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostChecksTest {

    @Test
    void should_register_the_four_cost_kinds() {
        assertThat(CheckRegistry.of(CostChecks.all()).kinds()).containsExactly("cost.gpu-hours", "cost.usd",
                "cost.mfu", "cost.reduction");
        DomainChecks.assertDocumented("cost", CostChecks.all());
    }

    @Test
    void should_run_every_check_with_its_defaults() throws CheckException {
        Map<String, Object> v3 = Map.of("model", "deepseek-v3");
        DomainChecks.assertRunWithDefaults(CostChecks.all(), LibraryFixture.alone(), Map.of("cost.gpu-hours", v3,
                "cost.usd", v3, "cost.mfu", v3, "cost.reduction", Map.of("model", "deepseek-v3", "baseline",
                        "llama-3.1-405b")));
    }

    @Test
    void should_reckon_the_budget_of_models_added_to_a_library_with_their_facts(@TempDir Path root)
            throws Exception {
        // given: two models no Java names, with a budget in their facts
        Path library = root.resolve("claims/library");
        Files.createDirectories(library.resolve("facts"));
        Files.writeString(library.resolve("sources.yaml"), "documents:\n  T: {title: \"a test budget\", origin: x}\n");
        Files.writeString(library.resolve("facts/toy.yaml"), """
                namespace: toy
                facts:
                  - {name: total-gpu-hours, figure: 1000 GPU-hours, source: {document: T, locator: p.1}}
                  - {name: gpu-hour-price, figure: $3, source: {document: T, locator: p.1}}
                """);
        Files.writeString(library.resolve("facts/rival.yaml"), """
                namespace: rival
                facts:
                  - {name: total-gpu-hours, figure: 4000 GPU-hours, source: {document: T, locator: p.2}}
                """);
        CheckContext context = LibraryFixture.at(root, CostChecks.all());

        // when
        double hours = new GpuHoursCheck().run(context, Parameters.of(Map.of("model", "toy"))).quantity().value();
        double usd = new UsdCheck().run(context, Parameters.of(Map.of("model", "toy", "method",
                "hours-times-price"))).quantity().value();
        double cut = new ReductionCheck().run(context, Parameters.of(Map.of("model", "toy", "baseline", "rival")))
                .quantity().value();

        // then: 1000 GPU-hours; 1000 × $3 = $3000; 1 - 1000/4000 = 0.75
        assertThat(hours).isEqualTo(1000.0);
        assertThat(usd).isEqualTo(3000.0);
        assertThat(cut).isCloseTo(0.75, within(1e-12));
    }
}
