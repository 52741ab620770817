package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleReporterTest {

    @Test
    void should_print_one_row_per_claim_with_controls_shown_as_escapes() {
        // when
        String table = new ConsoleReporter().render(ReportFixture.withControls());
        // then: header, two claims, a blank line, the summary, the coverage line and what "flagged" means; nothing a
        // terminal would obey
        assertThat(table.lines()).hasSize(7);
        assertThat(table).doesNotContainPattern("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e]");
        assertThat(table.lines().toList().get(2)).startsWith("layout       UNSUPPORTED      mechanism  \"\\u001b[2J\\n"
                + "claims/x/claims/x");
    }
}
