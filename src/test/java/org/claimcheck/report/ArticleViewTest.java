package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimcheck.claim.TextSpan;
import org.claimcheck.verdict.Verdict;
import org.junit.jupiter.api.Test;

class ArticleViewTest {

    private static final PageView.QuoteView CLAIM = new PageView.QuoteView("cut", VerdictView.of(Verdict.FOLLOWS));

    /** The blocks in words: "h1 Title", "p text ‹quote›", "table [a | b] / [c | d]"; ‹ and › mark a quote's ends. */
    private static List<String> described(List<ArticleView.Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (ArticleView.Block block : blocks) {
            if (block.table()) {
                lines.add("table " + block.header().stream().map(cell -> runs(cell.runs()))
                        .collect(Collectors.joining(" | ", "[", "]")) + " / " + block.rows().stream()
                        .map(row -> row.cells().stream().map(cell -> runs(cell.runs()))
                                .collect(Collectors.joining(" | ", "[", "]"))).collect(Collectors.joining(" / ")));
            } else {
                lines.add((block.heading() ? "h1 " : block.subheading() ? "h2 " : "p ") + runs(block.runs()));
            }
        }
        return lines;
    }

    private static String runs(List<ArticleView.Run> runs) {
        return runs.stream().map(run -> run.quote() == null ? run.text()
                : (run.first() ? "‹" : "") + run.text() + (run.last() ? "›" : "")).collect(Collectors.joining());
    }

    /** The view of {@code text} with one quote and one artefact, both given by their first occurrence. */
    private static List<String> view(String text, String quote, String artefact, Set<String> sections) {
        int at = text.indexOf(quote);
        List<PageView.SegmentView> segments = List.of(new PageView.SegmentView(text.substring(0, at), null),
                new PageView.SegmentView(quote, CLAIM), new PageView.SegmentView(text.substring(at + quote.length()),
                        null));
        int artefactAt = text.indexOf(artefact);
        List<TextSpan> leftOut = List.of(new TextSpan(artefactAt, artefactAt + artefact.length()));
        return described(ArticleView.of(text, ArticleRuns.of(text, segments, leftOut), sections));
    }

    @Test
    void should_show_headings_as_headings_and_a_markdown_table_as_a_table() {
        // given the seed article's shapes: a heading that is a claim's section, a table without leading bars
        String text = """
                ?? Intro of the article.
                Secret #1: FP8
                # A title
                ## A part
                Feature | Impact |
                ---|---|
                Routing | +12% accuracy |
                DualPipe | 90% use |
                Pro tip: the end.""";
        // when
        List<String> blocks = view(text, "+12% accuracy", "??", Set.of("Secret #1: FP8"));
        // then
        assertThat(blocks).containsExactly("p Intro of the article.", "h1 Secret #1: FP8", "h1 A title",
                "h2 A part", "table [Feature | Impact] / [Routing | ‹+12% accuracy›] / [DualPipe | 90% use]",
                "p Pro tip: the end.");
    }

    @Test
    void should_mark_each_piece_of_a_quote_that_spans_two_cells_and_join_a_hard_wrapped_line() {
        // given a quote over a table's bar, and a paragraph whose second line starts in lower case
        String text = "| a | b |\n| DualPipe Parallelism | 90% GPU utilization |\nA paragraph\nwrapped here.";
        // when
        List<String> blocks = view(text, "DualPipe Parallelism | 90% GPU utilization", "wrapped", Set.of());
        // then the quote starts in one cell and ends in the next; the artefact is left out of the paragraph
        assertThat(blocks).containsExactly("table [] / [a | b] / [‹DualPipe Parallelism | 90% GPU utilization›]",
                "p A paragraph\n here.");
    }
}
