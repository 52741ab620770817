package org.claimcheck.report;

import java.util.Locale;
import org.claimcheck.check.Plot;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Numbers;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;

/**
 * One claim's section of {@code report-full.md}: quote, place, what it asserts, the interpretations table, what would
 * make it true, the explanation, the working, the sources and each plot's data. A claim with parts gives its quote,
 * verdict, note and sources, then a subsection per part with the part's own caveats, reading, working and plots.
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
        if (!claim.hasParts()) {
            reading(out, claim);
        }
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
        claim.parts().forEach(part -> part(out, claim, part));
    }

    /** The interpretations table, what would make it true, and the explanation. */
    private static void reading(StringBuilder out, ClaimResult claim) {
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
    }

    /** A part of a claim: its heading, caveats, what it asserts, its reading, working and plots. */
    private static void part(StringBuilder out, ClaimResult claim, ClaimResult part) {
        out.append("\n### ").append(claim.claim().id()).append(" · part ").append(part.claim().id()).append(" — ")
                .append(part.verdict().label()).append("\n\n");
        caveats(out, part);
        out.append("`").append(MarkdownText.code(part.claim().location().toString())).append("` · asserts: ")
                .append(MarkdownText.inert(ClaimCard.asserts(part.claim().assertion()))).append("\n\n");
        reading(out, part);
        part.derivations().forEach(derivation -> working(out, derivation));
        ClaimPlots.of(part).forEach(plot -> plot(out, plot));
    }

    /** "**Needs context:**" (or "**Context:**") and one line per caveat with its citation. */
    static void caveats(StringBuilder out, ClaimResult claim) {
        caveats(out, claim, ClaimCard.context(claim));
    }

    /** The claim's caveats, then each part's under "**Needs context (part ID):**". */
    static void caveatsWithParts(StringBuilder out, ClaimResult claim) {
        caveats(out, claim);
        claim.parts().forEach(part -> caveats(out, part, ClaimCard.context(part) + " (part " + part.claim().id()
                + ")"));
    }

    private static void caveats(StringBuilder out, ClaimResult claim, String heading) {
        if (claim.caveats().isEmpty()) {
            return;
        }
        out.append("**").append(heading).append(":**\n\n");
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
