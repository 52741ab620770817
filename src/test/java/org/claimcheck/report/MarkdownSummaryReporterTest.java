package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.junit.jupiter.api.Test;

class MarkdownSummaryReporterTest {

    @Test
    void should_stay_within_a_pull_request_comment_and_name_what_it_leaves_out() {
        // given: 300 flagged claims whose quotes alone (300 × 400 characters) would take twice the room
        AuditResult plain = ReportFixture.plain();
        String longQuote = "cut compute by 84% ".repeat(21);
        List<ClaimResult> claims = IntStream.range(0, 300)
                .mapToObj(i -> ReportFixture.figureClaim(longQuote, "vs dense")).toList();
        AuditResult many = AuditResult.of(plain.article(), claims, List.of(), List.of(), "0.1.0");
        // when
        String markdown = new MarkdownSummaryReporter().render(many);
        // then
        assertThat(markdown.length()).isLessThanOrEqualTo(MarkdownSummaryReporter.MAX_CHARS);
        assertThat(markdown).contains("## Flagged (300)").endsWith("\nLeft out for lack of room: compute-cut, "
                + "compute-cut, compute-cut, compute-cut, compute-cut, compute-cut, compute-cut, compute-cut, "
                + "compute-cut, compute-cut and " + (300 - 10 - countSections(markdown)) + " more; see "
                + "`report-full.md`.\n");
    }

    @Test
    void should_keep_hostile_text_inert() {
        String markdown = new MarkdownSummaryReporter().render(ReportFixture.hostile());
        assertThat(markdown).doesNotContain("<script").doesNotContain("<img").doesNotContain(" *bold*")
                .doesNotContain("[link](").contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;");
        assertThat(markdown.lines().filter(line -> line.startsWith("#"))).allSatisfy(heading ->
                assertThat(heading).matches("#{1,3} \\S.*"));
    }

    /** The claim sections written in full. */
    private static int countSections(String markdown) {
        return (int) markdown.lines().filter(line -> line.startsWith("### compute-cut")).count();
    }
}
