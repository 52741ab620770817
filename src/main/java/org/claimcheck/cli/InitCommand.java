package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimcheck.claim.ConsoleText;
import org.claimcheck.claim.Numbers;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.claim.load.DraftFile;
import org.claimcheck.io.InputException;
import org.claimcheck.io.InputLimit;
import org.claimcheck.io.InputReader;
import org.claimcheck.scan.CheckableSentences;
import org.claimcheck.scan.FigureFinder;
import org.claimcheck.scan.Headings;
import org.claimcheck.unit.StatedFigure;
import org.claimcheck.unit.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code init ARTICLE.txt [--model NAME…] [--out DIR]}: starts an article folder with the text, an article.yaml and
 * one draft claim per checkable sentence, never over an existing folder.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Starts an article folder: article.txt, article.yaml (the title from the first heading or line, "
                + "the models named) and claims/drafts.yaml, one draft claim per checkable sentence that scan lists, "
                + "with its quote, its section and its figures parsed. Never overwrites: the folder must not exist.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the folder was created", "2:the article cannot be read, the folder exists or cannot be "
                + "created, or usage", "3:internal error"})
final class InitCommand implements Callable<Integer> {

    /** The longest title taken from the text, in characters. */
    static final int MAX_TITLE_CHARS = 120;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE.txt", description = "The article text (UTF-8).")
    private Path articleFile;

    @Option(names = "--model", paramLabel = "NAME", arity = "1..*",
            description = "A stated architecture the article is about: a model or fact namespace of the library; "
                    + "give several for an article about several models.")
    private List<String> models = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "The article folder to create (default: the text's file name without its extension, in "
                    + "the current folder); it must not exist.")
    private Path outFolder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String display = ConsoleText.escape(articleFile.toString().replace('\\', '/'));
        String text;
        try {
            text = InputReader.unlogged().read(articleFile, display, InputLimit.ARTICLE_TEXT).text();
        } catch (InputException e) {
            err.println(new Problem(new SourceLocation(display, e.line(), e.column()), "", e.getMessage()).render());
            return ExitCodes.INVALID;
        }
        Path folder = outFolder != null ? outFolder : defaultFolder(articleFile);
        List<DraftFile.Stub> stubs = stubs(text);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("article.txt", text);
        files.put("article.yaml", DraftFile.articleYaml(title(text), models));
        files.put("claims/drafts.yaml", DraftFile.claims(stubs));
        String shown = ConsoleText.escape(folder.toString().replace('\\', '/'));
        try {
            NewFolder.create(folder, files);
        } catch (NewFolder.RefusedException e) {
            err.println("claimcheck: --out " + shown + ": " + e.getMessage());
            return ExitCodes.INVALID;
        }
        out.println(String.format(Locale.ROOT, "Created %s: article.txt, article.yaml and claims/drafts.yaml with %d "
                + "draft claims, one per checkable sentence.", shown, stubs.size()));
        out.println("Next: write each draft's interpretations (claims/README.md), then: claimcheck audit " + shown);
        return ExitCodes.OK;
    }

    /** One stub per checkable sentence, in article order, with the heading above it and its figures. */
    static List<DraftFile.Stub> stubs(String text) {
        List<Headings.Heading> headings = Headings.of(text);
        List<DraftFile.Stub> stubs = new ArrayList<>();
        for (CheckableSentences.Checkable checkable : CheckableSentences.of(text)) {
            String quote = checkable.sentence().normalised();
            List<DraftFile.Figure> figures = FigureFinder.of(quote).stream().map(InitCommand::figure).toList();
            stubs.add(new DraftFile.Stub(quote, Headings.sectionOf(headings, checkable.sentence().line())
                    .map(Headings.Heading::text), figures));
        }
        return stubs;
    }

    private static DraftFile.Figure figure(StatedFigure figure) {
        Unit base = Unit.baseOf(figure.quantity().unit().dimension());
        return new DraftFile.Figure(figure.text(), Numbers.format(figure.quantity().inBase()) + " " + base.symbol(),
                figure.quantity().unit() == Unit.COUNT);
    }

    /** The first heading, else the first line with text, cut to {@value #MAX_TITLE_CHARS} characters. */
    static String title(String text) {
        String title = Headings.of(text).stream().findFirst().map(Headings.Heading::text)
                .orElseGet(() -> text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                        .orElse("Untitled"));
        return title.length() <= MAX_TITLE_CHARS ? title : title.substring(0, MAX_TITLE_CHARS - 1) + "…";
    }

    /** {@code posts/my-post.txt} → {@code my-post} in the current folder. */
    private static Path defaultFolder(Path file) {
        String name = file.getFileName() == null ? "article" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Path.of(dot > 0 ? name.substring(0, dot) : name + "-article");
    }
}
