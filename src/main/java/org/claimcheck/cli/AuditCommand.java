package org.claimcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import org.claimcheck.audit.Audit;
import org.claimcheck.audit.UnloadableArticleException;
import org.claimcheck.claim.Problem;
import org.claimcheck.junit.JunitXmlWriter;
import org.claimcheck.report.ClaimReviewReporter;
import org.claimcheck.report.ConsoleReporter;
import org.claimcheck.report.HtmlReporter;
import org.claimcheck.report.JsonReporter;
import org.claimcheck.report.MarkdownReporter;
import org.claimcheck.report.ReportFiles;
import org.claimcheck.report.Reporter;
import org.claimcheck.verdict.AuditResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit [ARTICLE_DIR] [--out DIR] [--date YYYY-MM-DD]}: checks every claim of an article and writes the
 * reports.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Checks every claim of an article folder; prints a verdict table and writes report.json, "
                + "report.md, report.html, claimreview.jsonld and JUnit XML.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no claim is flagged", "1:some claim is flagged", "2:invalid input (listed on stderr)",
            "3:internal error"})
final class AuditCommand implements Callable<Integer> {

    static final String DEFAULT_ARTICLE = "claims/deepseek-v3-article";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE_DIR", defaultValue = DEFAULT_ARTICLE,
            description = "The article folder (default: ${DEFAULT-VALUE}).")
    private Path articleFolder;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/claimcheck",
            description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    private Path outFolder;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The datePublished of the ClaimReviews (default: the date of $SOURCE_DATE_EPOCH, else none).")
    private String date;

    @Override
    public Integer call() throws IOException {
        Optional<LocalDate> reviewDate;
        try {
            reviewDate = reviewDate();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("claimcheck: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        ClaimReviewReporter reviews = reviewDate.map(new ClaimReviewReporter()::withDatePublished)
                .orElseGet(ClaimReviewReporter::new);
        AuditResult result;
        try {
            result = Audit.withAllChecks().run(articleFolder);
        } catch (UnloadableArticleException e) {
            // nothing to report: the previous reports stay as they are
            spec.commandLine().getErr().println("claimcheck: " + e.getMessage() + hint(e.reason()));
            return ExitCodes.INVALID;
        }
        spec.commandLine().getOut().print(new ConsoleReporter().render(result));
        for (Problem problem : result.problems()) {
            spec.commandLine().getErr().println(problem.render());
        }
        // every report is rendered before any is written, so a failure leaves the previous set whole; they are
        // rendered side by side, the page (charts) apart from the rest
        CompletableFuture<String> page = CompletableFuture.supplyAsync(() -> new HtmlReporter().render(result));
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Reporter reporter : List.of(new JsonReporter(), new MarkdownReporter(), reviews)) {
            rendered.put(reporter.fileName(), reporter.render(result));
        }
        rendered.put(new HtmlReporter().fileName(), page.join());
        for (Map.Entry<String, String> report : rendered.entrySet()) {
            ReportFiles.writeAtomically(outFolder.resolve(report.getKey()), report.getValue());
        }
        JunitXmlWriter.write(result, articleFolder, outFolder);
        spec.commandLine().getOut().println("Reports in " + outFolder + ": report.json, report.md, report.html, "
                + "claimreview.jsonld, " + JunitXmlWriter.FILE_NAME);
        spec.commandLine().getOut().flush();
        if (!result.problems().isEmpty()) {
            return ExitCodes.INVALID;
        }
        return result.flagged() > 0 ? ExitCodes.FLAGGED : ExitCodes.OK;
    }

    /** The default folder is relative: a missing one most often means a run from another folder. */
    private static String hint(UnloadableArticleException.Reason reason) {
        return reason == UnloadableArticleException.Reason.NO_SUCH_FOLDER
                ? " (run from the repository root, or give an article folder)" : "";
    }

    /**
     * The date of the ClaimReviews: a bad {@code --date} is misuse (its message, then the usage); a bad
     * SOURCE_DATE_EPOCH is an error of the environment, which the usage would not help with.
     */
    private Optional<LocalDate> reviewDate() {
        if (date == null) {
            return ReviewDate.ofEpoch(System.getenv(ReviewDate.ENVIRONMENT_VARIABLE));
        }
        try {
            return Optional.of(ReviewDate.ofOption(date));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
