package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.audit.Checks;
import org.claimcheck.check.Check;
import org.claimcheck.check.Parameter;
import org.claimcheck.claim.Library;
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

    @Option(names = "--library", paramLabel = "DIR", defaultValue = "claims/library",
            description = "The library whose models are listed (default: ${DEFAULT-VALUE}).")
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
        List<String> models = models();
        out.println();
        out.println("models of " + library + " (models/NAME/config.json, facts in facts/NAME.yaml): "
                + (models.isEmpty() ? "none" : String.join(", ", models)));
        out.flush();
        return ExitCodes.OK;
    }

    /** The models of the library folder, none when it is not a library. */
    private List<String> models() {
        Path folder = library.toAbsolutePath().normalize();
        Path claims = folder.getParent() == null ? folder : folder.getParent();
        Library loaded = LibraryLoader.load(folder, new ClaimsTree(claims, claims)).value();
        return loaded.models();
    }
}
