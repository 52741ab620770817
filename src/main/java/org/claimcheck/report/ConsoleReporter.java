package org.claimcheck.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimcheck.claim.ConsoleText;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Verdict;

/**
 * The table the {@code audit} command prints: id, verdict, the claimed figure (marked when the quote gives none, with
 * a note under the table) and the deciding derived value, a row per claim and, under a claim with parts, a row per
 * part; then the summary (which counts claims, not parts), the coverage and what "flagged" means.
 * Text from the input is escaped ({@link ConsoleText}), so each claim is one row whatever its figure holds.
 */
public final class ConsoleReporter implements Reporter {

    private static final int DERIVED_WIDTH = 40;

    /** What "flagged" means, and what it does to the exit status (DESIGN.md, "Verdicts"; README, exit codes). */
    public static final String FLAGGED_DEFINITION = "Flagged = " + Arrays.stream(Verdict.values())
            .filter(Verdict::flagged).map(Verdict::label).collect(Collectors.joining(" or "))
            + ": a flagged claim makes the audit exit 1.";

    @Override
    public String fileName() {
        return "console.txt";
    }

    @Override
    public String render(AuditResult result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"CLAIM", "VERDICT", "CLAIMED", "DERIVED"});
        for (ClaimResult claim : result.claims()) {
            rows.add(row(claim.claim().id(), claim));
            claim.parts().forEach(part -> rows.add(row("  " + Headline.PART_MARK + part.claim().id(), part)));
        }
        int[] widths = new int[4];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(String.format(Locale.ROOT, "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2]
                    + "s  %s", (Object[]) row).stripTrailing()).append('\n');
        }
        if (Headline.anyReading(result.claims())) {
            out.append(Headline.READING_NOTE).append('\n');
        }
        out.append('\n').append(summary(result)).append('\n');
        out.append("Coverage: ").append(result.coverage().summary()).append('\n');
        out.append(FLAGGED_DEFINITION).append('\n');
        return out.toString();
    }

    /**
     * The summary line: the number of claims, the count of each verdict under its label with how many of its claims
     * need context (when any do), then flagged and problems ("30 claims: 12 …label… (3 need context), …; 17 flagged;
     * 0 problems").
     */
    public static String summary(AuditResult result) {
        List<String> parts = new ArrayList<>();
        result.counts().forEach((verdict, count) -> {
            int needContext = result.needingContext(verdict);
            parts.add(count + " " + verdict.label() + (needContext > 0 ? " (" + needingContext(needContext) + ")"
                    : ""));
        });
        return String.format(Locale.ROOT, "%d claims: %s; %d flagged; %d problems", result.claims().size(),
                String.join(", ", parts), result.flagged(), result.problems().size());
    }

    /** "7 need context", "1 needs context". */
    static String needingContext(int count) {
        return count + (count == 1 ? " needs" : " need") + " context";
    }

    private static String[] row(String name, ClaimResult claim) {
        return new String[] {name, claim.verdict().label(), ConsoleText.escape(Headline.claimedInTable(claim)),
                shorten(ConsoleText.escape(Headline.derived(claim)))};
    }

    private static String shorten(String text) {
        return text.length() <= DERIVED_WIDTH ? text : text.substring(0, DERIVED_WIDTH - 1) + "…";
    }
}
