package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.CheckRegistry;
import org.junit.jupiter.api.Test;

class Fp8ChecksTest {

    @Test
    void should_expose_the_format_check_and_the_five_experiments() {
        assertThat(CheckRegistry.of(Fp8Checks.all()).kinds()).containsExactly("fp8.format", "fp8.outliers",
                "fp8.accumulation", "fp8.gradient-underflow", "fp8.data-size", "fp8.delayed-scaling",
                "fp8.outlier-format");
    }

    @Test
    void should_give_identical_measurements_for_identical_parameters() throws Exception {
        // same seed, same numbers bit for bit: the whole measurement (value, steps, plots) compares equal
        for (Check check : Fp8Checks.all()) {
            Parameters parameters = switch (check.kind()) {
                case "fp8.format" -> Parameters.of(Map.of("format", "E5M2", "property", "max"));
                case "fp8.data-size" -> Parameters.of(Map.of("metric", "saving-vs-bf16"));
                default -> Parameters.of(Map.of("seed", 12L, "seeds", 2));
            };
            assertThat(check.run(LibraryFixture.with(Fp8Checks.all()), parameters)).as(check.kind())
                    .isEqualTo(check.run(LibraryFixture.with(Fp8Checks.all()), parameters));
        }
    }

    @Test
    void should_document_every_parameter() {
        for (Check check : Fp8Checks.all()) {
            assertThat(check.summary()).isNotBlank();
            assertThat(check.parameters()).allSatisfy(parameter -> {
                assertThat(parameter.name()).matches("[a-z_]+");
                assertThat(parameter.description()).isNotBlank();
            });
        }
    }
}
