package org.claimcheck.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimcheck.claim.ConsoleText;

/**
 * The table the {@code scan} command prints: line, status, the claims or the waiver reason that account for the
 * sentence (and, when asked, the rules that make it checkable), the sentence shortened; then the summary line.
 */
public final class CoverageTable {

    /** Sentences longer than this many chars are cut, with an ellipsis as the last char. */
    static final int SENTENCE_WIDTH = 72;
    /** Waiver reasons longer than this many chars are cut likewise; claim ids never are. */
    static final int BY_WIDTH = 40;

    private CoverageTable() {
    }

    /**
     * The table, one row per entry, columns separated by two spaces, no trailing spaces, each line ending in
     * {@code \n}; text from the article and its waivers escaped ({@link ConsoleText}), so an entry is one row.
     *
     * @param coverage  what to show
     * @param withRules whether to add a RULES column naming why each sentence is checkable
     */
    public static String render(Coverage coverage, boolean withRules) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(withRules ? List.of("LINE", "STATUS", "BY", "RULES", "SENTENCE")
                : List.of("LINE", "STATUS", "BY", "SENTENCE"));
        for (Coverage.Entry entry : coverage.entries()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(entry.sentence().line()),
                    entry.status().name(), by(entry)));
            if (withRules) {
                row.add(entry.rules().stream().map(CheckabilityRules.Rule::name).collect(Collectors.joining(",")));
            }
            row.add(shorten(ConsoleText.escape(entry.sentence().normalised()), SENTENCE_WIDTH));
            rows.add(row);
        }
        StringBuilder out = new StringBuilder();
        int[] widths = widths(rows);
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.append('\n').append(coverage.summary()).append('\n').toString();
    }

    /** The claim ids, comma-separated; else the draft ids; else the waiver reasons, shortened; else "-". */
    private static String by(Coverage.Entry entry) {
        return switch (entry.status()) {
            case COVERED -> String.join(",", entry.claimIds());
            case DRAFTED -> String.join(",", entry.draftIds());
            case WAIVED -> shorten(ConsoleText.escape(String.join("; ", entry.waiverReasons())), BY_WIDTH);
            case UNCOVERED -> "-";
        };
    }

    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    /** {@code text}, or its first {@code width - 1} chars and an ellipsis. */
    static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
