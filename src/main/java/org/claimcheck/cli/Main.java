package org.claimcheck.cli;

import java.io.PrintWriter;
import org.claimcheck.audit.Audit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimcheck} command and its subcommands. */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks the numeric claims of technical articles against a system's stated architecture.",
        subcommands = {AuditCommand.class, ModelCommand.class, QuantizeCommand.class, ChecksCommand.class,
            ScanCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no claim is flagged (or the command succeeded)", "1:some claim is flagged",
            "2:invalid input or usage (file:line:col: field: expected …, got …)", "3:internal error"})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Set to 1, an internal error is followed by its stack trace. */
    static final String DEBUG_VARIABLE = "CLAIMCHECK_DEBUG";

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line in-process with the given output streams; returns the exit code. Both streams are
     * flushed whatever the outcome: {@code main} exits the JVM right after, which would drop what a command printed
     * without a line end.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err, "1".equals(System.getenv(DEBUG_VARIABLE))).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The configured command line: usage errors exit 2, internal faults 3 with a one-line message after what the
     * command printed so far (the stack trace only when {@code debug}).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
            failed.usage(failed.getErr());
            return ExitCodes.INVALID;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            failed.getOut().flush();
            failed.getErr().println("claimcheck: internal error: " + e);
            if (debug) {
                e.printStackTrace(failed.getErr());
            }
            failed.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: audit, model, quantize or "
                + "scan");
    }

    /** The version, from the audit's constant. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimcheck " + Audit.VERSION};
        }
    }
}
