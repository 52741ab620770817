package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureMessageTest {

    @Test
    void should_give_the_claim_then_expected_and_actual_each_on_its_own_line() {
        String message = FailureMessage.of(ReportFixture.plain().claims().get(0));
        // 0.75 and 0.9 shown in the claim's unit, percent; the tolerance is the fixture's, from the precision of 84%
        assertThat(message).isEqualTo("""
                claim compute-cut (claims/x/claims/x.yaml:2:5) DOES NOT FOLLOW
                  quote:    "cut compute by 84%"
                  expected: 84% (tolerance from the precision of "84%" (±0.5%, half its last digit))
                  actual:   75% under "READING"
                  (unstated) 90% under "READING"
                vs dense""".replace("READING", ReportFixture.HOSTILE));
    }

    @Test
    void should_keep_the_lines_its_own_when_the_claim_carries_controls() {
        // when
        String message = FailureMessage.of(ReportFixture.withControls().claims().get(0));
        // then: the same six lines, each control of the quote, the readings and the explanation a visible escape
        assertThat(message.lines()).hasSize(6);
        assertThat(message).doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e]")
                .contains("  quote:    \"cut compute by 84% \\u001b[2J\\nclaims/x/claims/x.yaml:1:1: forged\\r\\u202e "
                        + "\\u0001 ]]> & < \" ' \uD835\uDD3D\"\n");
    }
}
