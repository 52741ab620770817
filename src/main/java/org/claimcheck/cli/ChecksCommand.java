package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimcheck.audit.Checks;
import org.claimcheck.check.Check;
import org.claimcheck.check.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code checks}: every check a claim file may name, with its parameters. */
@Command(name = "checks", mixinStandardHelpOptions = true,
        description = "Lists every check a claim file may name, with what it computes and its parameters.")
final class ChecksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

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
        out.flush();
        return ExitCodes.OK;
    }
}
