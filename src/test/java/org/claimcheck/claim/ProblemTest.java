package org.claimcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void should_render_file_line_column_field_and_message() {
        Problem problem = new Problem(new SourceLocation("a.yaml", 3, 7), "claims[0].id", "expected x, got y");
        assertThat(problem.render()).isEqualTo("a.yaml:3:7: claims[0].id: expected x, got y");
    }

    @Test
    void should_never_carry_a_message_of_more_than_1000_characters() {
        String echoed = "expected a quote, got \"" + "z".repeat(5_000_000) + "\"";
        Problem problem = new Problem(SourceLocation.startOf("a.yaml"), "", echoed);
        assertThat(problem.message()).hasSize(1000 + "… (5000024 characters)".length())
                .startsWith("expected a quote, got \"zzz").endsWith("z… (5000024 characters)");
    }
}
