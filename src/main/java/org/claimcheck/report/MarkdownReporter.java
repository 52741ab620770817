package org.claimcheck.report;

import java.util.Locale;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Numbers;
import org.claimcheck.claim.Problem;
import org.claimcheck.verdict.AuditResult;
import org.claimcheck.verdict.ClaimResult;
import org.claimcheck.verdict.Derivation;

/** {@code report.md}: a summary, a table of claims, then one section per claim with its derivations and sources. */
public final class MarkdownReporter implements Reporter {

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public String render(AuditResult result) {
        StringBuilder out = new StringBuilder();
        out.append("# Fact-check: ").append(MarkdownText.inert(result.article().title())).append("\n\n");
        out.append("Article: `").append(result.article().path()).append("` · stated architecture: `")
                .append(result.article().architecture()).append("` · claimcheck ").append(result.version())
                .append("\n\n");
        out.append(MarkdownText.inert(ConsoleReporter.summary(result))).append("\n\n");
        out.append("| claim | verdict | claimed | derived |\n| --- | --- | --- | --- |\n");
        for (ClaimResult claim : result.claims()) {
            out.append(String.format(Locale.ROOT, "| [%s](#%s) | **%s** | %s | %s |%n", claim.claim().id(),
                    claim.claim().id(), claim.verdict().label(), MarkdownText.inert(Headline.claimed(claim)),
                    MarkdownText.inert(Headline.derived(claim))));
        }
        for (ClaimResult claim : result.claims()) {
            section(out, claim);
        }
        if (!result.problems().isEmpty()) {
            out.append("\n## Problems\n\n");
            result.problems().stream().map(Problem::render)
                    .forEach(line -> out.append("- ").append(MarkdownText.inert(line)).append('\n'));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, ClaimResult claim) {
        out.append("\n## ").append(claim.claim().id()).append(" — ").append(claim.verdict().label()).append("\n\n");
        out.append("> ").append(MarkdownText.inert(claim.claim().quote())).append("\n\n");
        out.append("`").append(claim.claim().location()).append("` · section: ")
                .append(MarkdownText.inert(claim.claim().section())).append("\n\n");
        out.append(MarkdownText.inert(claim.explanation())).append("\n\n");
        if (!claim.claim().note().isEmpty()) {
            out.append("Note: ").append(MarkdownText.inert(claim.claim().note())).append("\n\n");
        }
        if (claim.derivations().isEmpty()) {
            return;
        }
        out.append("| reading | stated | derived | matches |\n| --- | --- | --- | --- |\n");
        for (Derivation derivation : claim.derivations()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n",
                    MarkdownText.inert(derivation.interpretation().reading()),
                    derivation.interpretation().stated() ? "yes" : "no",
                    MarkdownText.inert(Headline.value(derivation, Headline.unitOf(claim))),
                    derivation.computed() ? (derivation.matches() ? "yes" : "no") : "—"));
        }
        out.append('\n');
        for (Derivation derivation : claim.derivations()) {
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
    }
}
