package org.claimcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void should_render_path_line_column_field_and_message() {
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
