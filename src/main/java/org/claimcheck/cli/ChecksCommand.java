package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.audit.Checks;
import org.claimcheck.check.Check;
import org.claimcheck.check.Parameter;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.LibraryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code checks [--library DIR]}: every check a claim file may name, with its parameters, and the library's models. */
@Command(name = "checks", mixinStandardHelpOptions = true,
        description = "Lists every check a claim file may name, with what it computes and its parameters, then the "
                + "models of the library that a check's config or model parameter may name.")
final class ChecksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--library", paramLabel = "DIR",
            description = "The library whose models are listed (default: the nearest claims/library at or above the "
                    + "current folder, else the library packaged in claimcheck's jar, as audit finds it).")
    private Path library;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Check check : Checks.registry().all()) {
            out.println(check.kind());
            out.println("    " + check.summary());
            for (Parameter parameter : check.parameters()) {
                out.println("    " + parameter.name() + (parameter.required() ? " (required)" : "") + ": "
                        + parameter.type() + " — " + parameter.description());
            }
        }
        // the library as audit finds it for an article in the current folder: given, nearest above, or packaged
        ClaimsTree tree = ClaimsTree.ofArticle(Path.of("").toAbsolutePath().resolve("article"),
                java.util.Optional.ofNullable(library));
        List<String> models = LibraryLoader.load(tree.library(), tree).value().models();
        out.println();
        out.println("models of " + name(tree) + " (models/NAME/config.json, facts in facts/NAME.yaml): "
                + (models.isEmpty() ? "none" : String.join(", ", models)));
        out.flush();
        return ExitCodes.OK;
    }

    /** The library as given, as a path from the current folder, or "the packaged library". */
    private String name(ClaimsTree tree) {
        if (library != null) {
            return library.toString();
        }
        if (tree.libraryLocation().name().equals(org.claimcheck.claim.load.LibraryLocation.PACKAGED)) {
            return "the packaged library";
        }
        return Path.of("").toAbsolutePath().relativize(tree.library()).toString().replace('\\', '/');
    }
}
