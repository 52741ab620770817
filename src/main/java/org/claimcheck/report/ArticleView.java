package org.claimcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.claim.ArticleText;

/**
 * The article as the page shows it: its headings as headings, its Markdown tables as tables and every other line as a
 * paragraph (a line that starts in lower case continues the one above, as hard-wrapped text does), each made of runs
 * of plain text and claim quotes. A heading is a Markdown {@code #} line or a line that is, whole, a claim's section.
 * A table is a run of lines that begin or end with {@code |}; a {@code ---|---} line under its first makes that its
 * header. The artefacts of the copy are left out; everything else is the text as written.
 */
final class ArticleView {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(?=\\S)");
    private static final Pattern TABLE_RULE = Pattern.compile("^[|:\\s-]*-[|:\\s-]*$");

    /** A run of text; {@code quote} is null for plain text, else the first and last pieces of a quote are marked. */
    record Run(String text, PageView.QuoteView quote, boolean first, boolean last) {
    }

    /** A table cell. */
    record Cell(List<Run> runs) {
    }

    /** A table row. */
    record Row(List<Cell> cells) {
    }

    /**
     * A heading ({@code level} 1 or 2), a paragraph ({@code level} 0, runs) or a table (header and rows).
     *
     * @param level  1 for a heading, 2 for a sub-heading ({@code ##} or deeper), 0 otherwise
     * @param runs   the heading's or paragraph's runs
     * @param header the table's header cells, possibly none
     * @param rows   the table's body rows; none for a heading or paragraph
     */
    record Block(int level, List<Run> runs, List<Cell> header, List<Row> rows) {
        boolean heading() {
            return level == 1;
        }

        boolean subheading() {
            return level > 1;
        }

        boolean table() {
            return !rows.isEmpty() || !header.isEmpty();
        }

        boolean paragraph() {
            return level == 0 && !table();
        }

        boolean hasHeader() {
            return !header.isEmpty();
        }
    }

    private record Line(int start, int end, String text) {
        boolean isTable() {
            String trimmed = text.strip();
            return !trimmed.isEmpty() && (trimmed.startsWith("|") || trimmed.endsWith("|"));
        }
    }

    private final ArticleRuns runs;
    private final Set<String> sections;
    private final List<Block> blocks = new ArrayList<>();
    /** The open paragraph's first and last offsets; start -1 when none is open. */
    private int paragraphStart = -1;
    private int paragraphEnd = -1;

    private ArticleView(ArticleRuns runs, Set<String> sections) {
        this.runs = runs;
        this.sections = sections;
    }

    /**
     * The blocks of the article.
     *
     * @param text     the article's text
     * @param runs     its runs, quotes marked and artefacts left out
     * @param sections the claims' sections, white space collapsed ({@link ArticleText#collapse})
     */
    static List<Block> of(String text, ArticleRuns runs, Set<String> sections) {
        ArticleView view = new ArticleView(runs, sections);
        view.read(lines(text));
        return List.copyOf(view.blocks);
    }

    private void read(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            i = block(lines, i);
        }
        closeParagraph();
    }

    /** Reads the block that line {@code i} starts or continues; gives the index of the last line it takes. */
    private int block(List<Line> lines, int i) {
        Line line = lines.get(i);
        String trimmed = line.text().strip();
        Matcher heading = MARKDOWN_HEADING.matcher(line.text());
        boolean markdownHeading = heading.find();
        boolean section = sections.contains(ArticleText.collapse(trimmed));
        if (!trimmed.isEmpty() && !markdownHeading && !section && !line.isTable()) {
            paragraph(line, trimmed);
            return i;
        }
        closeParagraph();
        if (markdownHeading) {
            blocks.add(heading(heading.group(1).length() == 1 ? 1 : 2, line.start() + heading.end(), line));
        } else if (section) {
            blocks.add(heading(1, line.start(), line));
        } else if (line.isTable()) {
            int end = i;
            while (end < lines.size() && lines.get(end).isTable()) {
                end++;
            }
            blocks.add(table(lines.subList(i, end)));
            return end - 1;
        }
        return i;
    }

    /** A line of a paragraph: it starts one, or continues the open one when it starts in lower case. */
    private void paragraph(Line line, String trimmed) {
        if (paragraphStart < 0 || !Character.isLowerCase(trimmed.codePointAt(0))) {
            closeParagraph();
            paragraphStart = line.start();
        }
        paragraphEnd = line.end();
    }

    private void closeParagraph() {
        if (paragraphStart >= 0) {
            blocks.add(new Block(0, runs.between(paragraphStart, paragraphEnd), List.of(), List.of()));
            paragraphStart = -1;
        }
    }

    private Block heading(int level, int start, Line line) {
        return new Block(level, runs.between(start, line.end()), List.of(), List.of());
    }

    private Block table(List<Line> lines) {
        boolean headed = lines.size() > 1 && TABLE_RULE.matcher(lines.get(1).text()).matches();
        List<Cell> header = headed ? cells(lines.get(0)) : List.of();
        List<Row> rows = new ArrayList<>();
        for (Line line : lines.subList(headed ? 2 : 0, lines.size())) {
            if (!TABLE_RULE.matcher(line.text()).matches()) {
                rows.add(new Row(cells(line)));
            }
        }
        return new Block(0, List.of(), header, rows);
    }

    /** The cells between the line's bars; the empty ones before a leading and after a trailing bar are not cells. */
    private List<Cell> cells(Line line) {
        List<Integer> bars = new ArrayList<>();
        bars.add(line.start() - 1);
        for (int at = line.text().indexOf('|'); at >= 0; at = line.text().indexOf('|', at + 1)) {
            bars.add(line.start() + at);
        }
        bars.add(line.end());
        String trimmed = line.text().strip();
        int first = trimmed.startsWith("|") ? 1 : 0;
        int last = bars.size() - (trimmed.endsWith("|") ? 2 : 1);
        List<Cell> cells = new ArrayList<>();
        for (int i = first; i < last; i++) {
            cells.add(new Cell(runs.between(bars.get(i) + 1, bars.get(i + 1))));
        }
        return cells;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            lines.add(new Line(start, end, text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }
}
