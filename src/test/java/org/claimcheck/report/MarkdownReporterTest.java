package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

    /** Pipes that end a table cell: those not escaped with a backslash. */
    private static long cellBreaks(String line) {
        long breaks = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                breaks++;
            }
        }
        return breaks;
    }

    @Test
    void should_keep_hostile_text_inert_in_markdown() {
        // when
        String markdown = new MarkdownReporter().render(ReportFixture.hostile());
        // then no raw tag, emphasis, link or heading comes from the data
        assertThat(markdown).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                .doesNotContain(" *bold*").doesNotContain("[link](")
                .contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;")
                .contains("\\*bold\\* \\_em\\_ \\[link\\](javascript:alert(1)) \\| pipe \\| \\`code\\` #");
        assertThat(markdown.lines().filter(line -> line.startsWith("#"))).allSatisfy(heading ->
                assertThat(heading).matches("#{1,2} \\S.*").doesNotContain("\n"));
    }

    @Test
    void should_keep_every_table_row_to_its_columns_whatever_the_cells_hold() {
        String markdown = new MarkdownReporter().render(ReportFixture.hostile());
        List<String> rows = markdown.lines().filter(line -> line.startsWith("| ")).toList();
        // the claims table and the inputs table have 4 and 2 columns, the interpretations table 5
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(cellBreaks(row)).isIn(3L, 5L, 6L));
        assertThat(rows.stream().filter(row -> row.contains("does not match")))
                .allSatisfy(row -> assertThat(cellBreaks(row)).isEqualTo(6));
    }

    @Test
    void should_summarise_plot_data_in_words() {
        String markdown = new MarkdownReporter().render(ReportFixture.plain());
        assertThat(markdown).contains("Plot: vs dense (reduction (ratio) against model (vs dense))")
                .contains("- vs dense: (1, 0.5) (2, 0.75) (3, 0.9)")
                .contains("- reference line \"claimed: 84%\" at 0.84");
        assertThat(markdown.split("Plot: ", -1)).as("one plot, drawn for two derivations, listed once").hasSize(2);
    }

    @Test
    void should_carry_the_interpretations_table_and_what_would_make_it_true() {
        String markdown = new MarkdownReporter().render(ReportFixture.plain());
        assertThat(markdown).contains("| reading | stated | derived | claimed | match |")
                .contains("| stated | 75% | 84% | does not match |")
                .contains("What would make it true: 84% would need vs dense");
    }

    @Test
    void should_name_no_section_for_a_claim_that_has_none() {
        // given the plain fixture's claim with its section left out, as an article without headings has it
        org.claimcheck.verdict.ClaimResult figure = ReportFixture.figureClaim("cut compute by 84%", "vs dense");
        org.claimcheck.claim.Claim claim = figure.claim();
        org.claimcheck.verdict.ClaimResult unsectioned = new org.claimcheck.verdict.ClaimResult(
                new org.claimcheck.claim.Claim(claim.id(), claim.quote(), "", claim.assertion(),
                        claim.interpretations(), claim.sources(), claim.note(), claim.caveats(), claim.location()),
                figure.verdict(), figure.derivations(), figure.caveats(), figure.explanation(),
                figure.decidingIndex());
        org.claimcheck.verdict.AuditResult result = org.claimcheck.verdict.AuditResult.of(
                ReportFixture.plain().article(), List.of(unsectioned), List.of(), List.of(), "0.1.0");
        // when
        String markdown = new MarkdownReporter().render(result);
        // then
        assertThat(markdown).contains("`claims/x/claims/x.yaml:2:5`\n\n").doesNotContain("section:");
    }
}
