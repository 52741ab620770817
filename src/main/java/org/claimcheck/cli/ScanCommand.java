package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimcheck.audit.ArticleFolderCheck;
import org.claimcheck.audit.UnloadableArticleException;
import org.claimcheck.claim.Article;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.ConsoleText;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.claim.load.ArticleClaims;
import org.claimcheck.claim.load.ArticleLoader;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.Draft;
import org.claimcheck.claim.load.Loaded;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputReader;
import org.claimcheck.scan.Coverage;
import org.claimcheck.scan.CoverageTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scan ARTICLE.txt [ARTICLE_DIR]}: the article's checkable sentences, and which no claim or waiver covers. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Lists every sentence of the article that holds a number or a checkable assertion, each marked "
                + "COVERED (a claim of ARTICLE_DIR quotes it), DRAFTED (only a draft does), WAIVED (a waiver of its "
                + "article.yaml puts it out of scope) or UNCOVERED.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every checkable sentence is covered or waived",
            "1:some checkable sentence is uncovered", "2:invalid input (listed on stderr) or usage",
            "3:internal error"})
final class ScanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE.txt", description = "The article text (UTF-8).")
    private Path articleFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ARTICLE_DIR",
            description = "The article folder whose claims and waivers count (without it, nothing is covered).")
    private Path articleFolder;

    @Option(names = "--rules", description = "Add a column naming the rules that make each sentence checkable.")
    private boolean withRules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        String display = ConsoleText.escape(articleFile.toString().replace('\\', '/'));
        Optional<String> text = readUtf8(articleFile, display, problems);
        if (text.isEmpty()) {
            problems.forEach(problem -> err.println(problem.render()));
            err.flush();
            return ExitCodes.INVALID;
        }
        List<Claim> claims = List.of();
        List<Draft> drafts = List.of();
        List<Article.Waiver> waivers = List.of();
        if (articleFolder != null) {
            try {
                ArticleFolderCheck.requireLoadable(articleFolder);
            } catch (UnloadableArticleException e) {
                err.println("scan: " + ConsoleText.escape(e.getMessage()));
                err.flush();
                return ExitCodes.INVALID;
            }
            Loaded<ArticleClaims> loaded = ArticleLoader.load(articleFolder, ClaimsTree.ofArticle(articleFolder));
            problems.addAll(loaded.problems());
            claims = loaded.value().claims();
            drafts = loaded.value().drafts();
            waivers = loaded.value().article().waivers();
        }
        Coverage coverage = Coverage.of(text.get(), claims, drafts, waivers);
        out.print(CoverageTable.render(coverage, withRules));
        out.flush();
        coverage.unplacedClaims().forEach(id -> err.println("scan: note: claim " + id + " quotes text that is not "
                + "in " + display));
        coverage.unplacedWaivers().forEach(quote -> err.println("scan: note: the waiver of \""
                + ConsoleText.escape(quote) + "\" quotes text that is not in " + display));
        problems.forEach(problem -> err.println(problem.render()));
        err.flush();
        if (!problems.isEmpty()) {
            return ExitCodes.INVALID;
        }
        return coverage.complete() ? ExitCodes.OK : ExitCodes.FLAGGED;
    }

    /** The article's text, or empty with a problem: a regular UTF-8 file within the article size limit. */
    private static Optional<String> readUtf8(Path file, String display, List<Problem> problems) {
        try {
            return Optional.of(InputReader.unlogged().read(file, display, InputLimit.ARTICLE_TEXT).text());
        } catch (InputException e) {
            problems.add(problem(display, e.line(), e.column(), e.getMessage()));
            return Optional.empty();
        }
    }

    private static Problem problem(String display, int line, int column, String message) {
        return new Problem(new SourceLocation(display, line, column), "", message);
    }
}
