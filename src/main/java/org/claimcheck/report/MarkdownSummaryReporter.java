package org.claimcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.claimcheck.claim.Problem;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Rating;

/**
 * {@code report.md}: what a pull-request comment can hold (GitHub takes 65,536 characters; this stays within
 * {@value #MAX_CHARS}): the summary, a table of every claim, then each flagged claim and each claim that needs context
 * with its quote, its verdict in plain words and its caveats, then the input problems. The working of every claim is
 * in {@code report-full.md} ({@link MarkdownReporter}). Sections that would run past the limit are left out whole and
 * named at the end. Every value from the data is made inert ({@link MarkdownText}).
 */
public final class MarkdownSummaryReporter implements Reporter {

    /** The most characters it writes. */
    public static final int MAX_CHARS = 60_000;
    /** Room kept for the closing line that names what was left out. */
    private static final int RESERVED_CHARS = 2_000;
    private static final int MAX_NAMED = 10;

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public String render(AuditResult result) {
        StringBuilder out = new StringBuilder();
        out.append("# Fact-check: ").append(MarkdownText.inert(result.article().title())).append("\n\n");
        out.append(MarkdownText.inert(ConsoleReporter.summary(result))).append(". ")
                .append(MarkdownText.inert(ConsoleReporter.FLAGGED_DEFINITION)).append(" The working of every claim is "
                        + "in `").append(MarkdownReporter.FILE_NAME).append("`.");
        result.library().ifPresent(library -> out.append(" Library: `").append(MarkdownText.code(library.label()))
                .append("`."));
        out.append("\n\n");
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("the table of claims", table(result)));
        sections.addAll(claims(result, "Flagged", claim -> claim.verdict().flagged()));
        sections.addAll(claims(result, "Needs context", claim -> claim.rating() == Rating.NEEDS_CONTEXT));
        problems(result).ifPresent(sections::add);
        List<String> left = new ArrayList<>();
        for (Section section : sections) {
            if (left.isEmpty() && out.length() + section.text().length() <= MAX_CHARS - RESERVED_CHARS) {
                out.append(section.text());
            } else {
                left.add(section.label());
            }
        }
        if (!left.isEmpty()) {
            String named = String.join(", ", left.subList(0, Math.min(MAX_NAMED, left.size())))
                    + (left.size() > MAX_NAMED ? " and " + (left.size() - MAX_NAMED) + " more" : "");
            out.append("\nLeft out for lack of room: ").append(MarkdownText.inert(named)).append("; see `")
                    .append(MarkdownReporter.FILE_NAME).append("`.\n");
        }
        return out.toString();
    }

    /** A part of the report, and how to name it when it does not fit. */
    private record Section(String label, String text) {
    }

    /**
     * Every claim in one row: its rating, verdict, the claimed figure and the deciding derived value; a claim with
     * parts has a row of its own under it for each part.
     */
    private static String table(AuditResult result) {
        StringBuilder out = new StringBuilder("| claim | rating | verdict | claimed | derived |\n"
                + "| --- | --- | --- | --- | --- |\n");
        for (ClaimResult claim : result.claims()) {
            row(out, claim.claim().id(), claim);
            claim.parts().forEach(part -> row(out, Headline.PART_MARK + part.claim().id(), part));
        }
        if (Headline.anyReading(result.claims())) {
            out.append('\n').append(MarkdownText.inert(Headline.READING_NOTE)).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, ClaimResult claim) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name, claim.rating().label(),
                claim.verdict().label(), MarkdownText.inert(Headline.claimedInTable(claim)),
                MarkdownText.inert(Headline.derived(claim))));
    }

    /** "## Flagged (17)", then a section per claim of the kind: quote, verdict sentence, caveats. */
    private static List<Section> claims(AuditResult result, String heading, Predicate<ClaimResult> kind) {
        List<ClaimResult> chosen = result.claims().stream().filter(kind).toList();
        List<Section> sections = new ArrayList<>();
        if (!chosen.isEmpty()) {
            sections.add(new Section("the heading " + heading, "\n## " + heading + " (" + chosen.size() + ")\n\n"));
        }
        for (ClaimResult claim : chosen) {
            StringBuilder out = new StringBuilder();
            out.append("### ").append(claim.claim().id()).append(" — ").append(claim.rating().label())
                    .append("\n\n> ").append(MarkdownText.inert(claim.claim().quote())).append("\n\n")
                    .append(MarkdownText.inert(VerdictSentence.of(claim))).append("\n\n");
            MarkdownClaimSection.caveatsWithParts(out, claim);
            sections.add(new Section(claim.claim().id(), out.toString()));
        }
        return sections;
    }

    /** The input problems, one a line, when there are any. */
    private static Optional<Section> problems(AuditResult result) {
        if (result.problems().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("\n## Problems (" + result.problems().size() + ")\n\n");
        result.problems().stream().map(Problem::render)
                .forEach(line -> out.append("- ").append(MarkdownText.inert(line)).append('\n'));
        return Optional.of(new Section("the problems", out.toString()));
    }
}
