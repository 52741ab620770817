package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimcheck.audit.Audit;
import org.claimcheck.audit.UnloadableArticleException;
import org.claimcheck.report.ClaimReviewReporter;
import org.claimcheck.report.ConsoleReporter;
import org.claimcheck.report.folder.ReportFolder;
import org.claimcheck.report.folder.ReportFolderException;
import org.claimcheck.verdict.AuditResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit [ARTICLE_DIR] [--out DIR] [--library DIR] [--date YYYY-MM-DD]}: checks every claim of an article and
 * writes the reports.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Checks every claim of an article folder; prints a verdict table and writes report.json, "
                + "report.md, report.html, claimreview.jsonld and JUnit XML.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no claim is flagged", "1:some claim is flagged", "2:invalid input (listed on stderr), "
                + "or an --out folder that cannot take the reports", "3:internal error"})
final class AuditCommand implements Callable<Integer> {

    static final String DEFAULT_ARTICLE = "claims/deepseek-v3-article";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE_DIR", defaultValue = DEFAULT_ARTICLE,
            description = "The article folder (default: ${DEFAULT-VALUE}).")
    private Path articleFolder;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/claimcheck",
            description = "Where to write the reports (default: ${DEFAULT-VALUE}): a new or empty folder, or one of "
                    + "earlier reports, which is replaced as a whole.")
    private Path outFolder;

    @Option(names = "--library", paramLabel = "DIR",
            description = "The library of models, facts and sources (default: the nearest claims/library above the "
                    + "article folder, else the library packaged in claimcheck's jar).")
    private Path libraryFolder;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The datePublished of the ClaimReviews (default: the date of $SOURCE_DATE_EPOCH, else none).")
    private String date;

    @Override
    public Integer call() {
        ClaimReviewReporter reviews;
        try {
            reviews = reviewDate().map(new ClaimReviewReporter()::withDatePublished)
                    .orElseGet(ClaimReviewReporter::new);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("claimcheck: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        AuditResult result;
        try {
            result = Audit.withAllChecks().run(articleFolder, Optional.ofNullable(libraryFolder));
        } catch (UnloadableArticleException e) {
            // nothing to report: the previous reports stay as they are
            spec.commandLine().getErr().println("claimcheck: " + e.getMessage() + hint(e.reason()));
            return ExitCodes.INVALID;
        }
        return report(result, reviews);
    }

    /**
     * Prints the table and the problems, flushed at once so that they stand whatever happens next, then replaces the
     * report set as a whole; a folder that cannot take it is the user's error (exit 2), with the table still shown.
     */
    private int report(AuditResult result, ClaimReviewReporter reviews) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(new ConsoleReporter().render(result));
        out.flush();
        result.problems().forEach(problem -> err.println(problem.render()));
        err.flush();
        Map<String, String> reports = AuditReports.render(result, reviews);
        try {
            ReportFolder.replace(outFolder, reports);
        } catch (ReportFolderException e) {
            err.println("claimcheck: --out " + outFolder + ": " + e.getMessage());
            return ExitCodes.INVALID;
        }
        out.println("Reports in " + outFolder + ": " + String.join(", ", reports.keySet()));
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
