package org.claimcheck.report;

import java.util.Locale;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Numbers;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;

/**
 * One claim's section of {@code report-full.md}: quote, place, what it asserts, the interpretations table, what would
 * make it true, the explanation, the working, the sources and each plot's data.
 */
final class MarkdownClaimSection {

    private MarkdownClaimSection() {
    }

    static void append(StringBuilder out, ClaimResult claim) {
        out.append("\n## ").append(claim.claim().id()).append(" — ").append(claim.verdict().label()).append("\n\n");
        out.append("> ").append(MarkdownText.inert(claim.claim().quote())).append("\n\n");
        caveats(out, claim);
        out.append("**Verdict:** ").append(MarkdownText.inert(VerdictSentence.of(claim))).append("\n\n");
        out.append("`").append(MarkdownText.code(claim.claim().location().toString())).append("`");
        if (!claim.claim().section().isEmpty()) {
            out.append(" · section: ").append(MarkdownText.inert(claim.claim().section()));
        }
        out.append("\n\n");
        out.append("Asserts: ").append(MarkdownText.inert(ClaimCard.asserts(claim.claim().assertion()))).append("\n\n");
        if (!claim.derivations().isEmpty()) {
            out.append("| reading | stated | derived | claimed | match |\n| --- | --- | --- | --- | --- |\n");
            ClaimCard.rows(claim).forEach(row -> out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n",
                    MarkdownText.inert(row.reading()), row.stated(), MarkdownText.inert(row.derived()),
                    MarkdownText.inert(row.claimed()), row.match())));
            out.append('\n');
        }
        ClaimCard.solutions(claim).forEach(line -> out.append("What would make it true: ")
                .append(MarkdownText.inert(line)).append("\n\n"));
        out.append(MarkdownText.inert(claim.explanation())).append("\n\n");
        if (!claim.claim().note().isEmpty()) {
            out.append("Note: ").append(MarkdownText.inert(claim.claim().note())).append("\n\n");
        }
        claim.derivations().forEach(derivation -> working(out, derivation));
        if (!ClaimCard.sources(claim).isEmpty()) {
            out.append("\nSources:\n\n");
            ClaimCard.sources(claim)
                    .forEach(line -> out.append("- ").append(MarkdownText.inert(line.text())).append('\n'));
        }
        ClaimPlots.of(claim).forEach(plot -> plot(out, plot));
    }

    /** "**Needs context:**" (or "**Context:**") and one line per caveat with its citation. */
    static void caveats(StringBuilder out, ClaimResult claim) {
        if (claim.caveats().isEmpty()) {
            return;
        }
        out.append("**").append(ClaimCard.context(claim)).append(":**\n\n");
        ClaimCard.caveats(claim).forEach(caveat -> out.append("- ").append(MarkdownText.inert(caveat.cited()))
                .append('\n'));
        out.append('\n');
    }

    private static void working(StringBuilder out, Derivation derivation) {
        out.append("- **").append(MarkdownText.inert(derivation.interpretation().id())).append("**: ");
        derivation.steps().forEach(step -> out.append(MarkdownText.inert(step)).append("; "));
        derivation.comparison().ifPresent(c -> out.append(MarkdownText.inert(c.detail())));
        if (derivation.outcome() instanceof Derivation.Unstated unstated) {
            out.append(MarkdownText.inert(unstated.reason()));
        }
        out.append('\n');
        for (SourcedValue input : derivation.inputs()) {
            out.append("  - ").append(MarkdownText.inert(input.name())).append(" = ")
                    .append(Numbers.format(input.value())).append(' ').append(MarkdownText.inert(
                            input.unit().symbol())).append(" — ").append(MarkdownText.inert(
                            input.source().cite())).append('\n');
        }
    }

    private static void plot(StringBuilder out, Plot plot) {
        out.append("\nPlot: ").append(MarkdownText.inert(plot.title())).append(" (")
                .append(MarkdownText.inert(PlotSummary.axes(plot))).append(")\n\n");
        PlotSummary.lines(plot).forEach(line -> out.append("- ").append(MarkdownText.inert(line)).append('\n'));
    }
}
