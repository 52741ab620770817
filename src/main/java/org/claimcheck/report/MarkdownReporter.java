package org.claimcheck.report;

import java.util.Locale;
import org.claimcheck.claim.Problem;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;

/**
 * {@code report-full.md}: the HTML page's content in Markdown, all the working, for a fact-check draft or a file
 * attached to a review: a summary with the sources and inputs, a table of claims, then one section per claim (see
 * {@link MarkdownClaimSection}), its plots given as their data in words. {@code report.md}
 * ({@link MarkdownSummaryReporter}) is the part that fits a pull-request comment. Every value from the data is made
 * inert ({@link MarkdownText}).
 */
public final class MarkdownReporter implements Reporter {

    /** The file it writes. */
    public static final String FILE_NAME = "report-full.md";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public String render(AuditResult result) {
        StringBuilder out = new StringBuilder();
        out.append("# Fact-check: ").append(MarkdownText.inert(result.article().title())).append("\n\n");
        out.append("Article: `").append(MarkdownText.code(result.article().path()))
                .append("` · stated architecture: `")
                .append(MarkdownText.code(result.article().architecture())).append("` · claimcheck ")
                .append(MarkdownText.inert(result.version()));
        result.library().ifPresent(library -> out.append(" · library `").append(MarkdownText.code(library.label()))
                .append('`'));
        out.append("\n\n");
        out.append(MarkdownText.inert(ConsoleReporter.summary(result))).append("\n\n");
        out.append("| claim | verdict | claimed | derived |\n| --- | --- | --- | --- |\n");
        for (ClaimResult claim : result.claims()) {
            out.append(String.format(Locale.ROOT, "| [%s](#%s) | **%s** | %s | %s |%n", claim.claim().id(),
                    claim.claim().id(), claim.verdict().label(), MarkdownText.inert(Headline.claimed(claim)),
                    MarkdownText.inert(Headline.derived(claim))));
            claim.parts().forEach(part -> out.append(String.format(Locale.ROOT, "| %s%s | **%s** | %s | %s |%n",
                    Headline.PART_MARK, part.claim().id(), part.verdict().label(),
                    MarkdownText.inert(Headline.claimed(part)), MarkdownText.inert(Headline.derived(part)))));
        }
        for (ClaimResult claim : result.claims()) {
            MarkdownClaimSection.append(out, claim);
        }
        if (!result.problems().isEmpty()) {
            out.append("\n## Problems\n\n");
            result.problems().stream().map(Problem::render)
                    .forEach(line -> out.append("- ").append(MarkdownText.inert(line)).append('\n'));
        }
        sourcesAndInputs(out, result);
        return out.toString();
    }

    private static void sourcesAndInputs(StringBuilder out, AuditResult result) {
        out.append("\n## Sources used\n\n");
        ClaimCard.cited(result.claims().stream().flatMap(claim -> ClaimCard.sourcesOf(claim).stream())
                        .sorted(PageView.SOURCE_ORDER).toList())
                .forEach(line -> out.append("- ").append(MarkdownText.inert(line.text())).append('\n'));
        out.append("\n## Inputs\n\n| file | SHA-256 |\n| --- | --- |\n");
        result.inputs().forEach(file -> out.append("| `").append(MarkdownText.codeCell(file.path())).append("` | `")
                .append(MarkdownText.codeCell(file.sha256())).append("` |\n"));
    }
}
