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

    @Test
    void should_render_a_repository_path_line_column_field_and_message() {
        Problem problem = new Problem(new SourceLocation("claims/x/claims/a.yaml", 12, 5), "claims[0].quote",
                "expected a string, got nothing");
        assertThat(problem.render()).isEqualTo("claims/x/claims/a.yaml:12:5: claims[0].quote: expected a string, got "
                + "nothing");
    }

    @Test
    void should_render_a_value_with_controls_as_one_line_of_visible_escapes() {
        // given: a quoted value and a file name that try to clear the screen and forge a second problem line
        Problem problem = new Problem(new SourceLocation("claims/x/claims/\u001b]0;a.yaml", 3, 5), "quote",
                "expected a verbatim quote of the article, got \"\u001b[2J\nclaims/x.yaml:1:1: ok\r\u202e\"");
        // then
        assertThat(problem.render()).isEqualTo("claims/x/claims/\\u001b]0;a.yaml:3:5: quote: expected a verbatim quote "
                + "of the article, got \"\\u001b[2J\\nclaims/x.yaml:1:1: ok\\r\\u202e\"");
    }
}
