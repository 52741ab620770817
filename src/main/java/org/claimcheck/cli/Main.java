package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.claimcheck.audit.Audit;
import org.claimcheck.report.HtmlReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code claimcheck} command and its subcommands. The subcommands are added by {@link #commandLine}, not named in
 * the annotation: a command line that starts with one gets only that one's model, built by reflection over its
 * annotations (slow on a cold JVM), and parses and prints as it would with all of them.
 */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks the numeric claims of technical articles against a system's stated architecture.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no claim is flagged (or the command succeeded)", "1:some claim is flagged",
            "2:invalid input or usage (file:line:col: field: expected …, got …)", "3:internal error"})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(AuditCommand.class, ModelCommand.class,
            QuantizeCommand.class, ChecksCommand.class, ScanCommand.class, InitCommand.class,
            CommandLine.HelpCommand.class);

    /** Set to 1, an internal error is followed by its stack trace. */
    static final String DEBUG_VARIABLE = "CLAIMCHECK_DEBUG";

    public static void main(String[] args) {
        // charts are drawn to SVG, never to a screen: with a display at hand, Java 2D would otherwise load the window
        // system's libraries (and may connect to its server) to measure text
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line in-process with the given output streams; returns the exit code. Both streams are
     * flushed whatever the outcome: {@code main} exits the JVM right after, which would drop what a command printed
     * without a line end.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = "1".equals(System.getenv(DEBUG_VARIABLE));
        if (subcommands(args).equals(List.of(AuditCommand.class))) {
            // before picocli builds the command's model, while the second core has little else to do
            HtmlReporter.warmUp();
        }
        return execute(commandLine(out, err, debug, args), debug, args);
    }

    /**
     * Runs a configured command line. picocli hands exceptions to the execution-exception handler but lets errors of
     * the JVM (a stack overflow, out of memory) through: they too are internal errors, on one line.
     */
    static int execute(CommandLine commandLine, boolean debug, String... args) {
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            return internalError(e, commandLine, debug);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /**
     * The configured command line for {@code args}: usage errors exit 2, internal faults 3 with a one-line message
     * after what the command printed so far (the stack trace only when {@code debug}). Its subcommands are the one
     * that {@code args} start with, else all of them (for help, suggestions and usage errors).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        // added before the settings below, which apply to the subcommands present when they are made
        subcommands(args).forEach(commandLine::addSubcommand);
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
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> internalError(e, failed, debug));
        return commandLine;
    }

    /**
     * The subcommand that {@code args} start with, exactly as picocli would match it, else all of them. {@code help}
     * needs all of them to list.
     */
    static List<Class<?>> subcommands(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand != CommandLine.HelpCommand.class
                        && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /** One line after what was printed so far, and the stack trace only when debugging; exit 3. */
    private static int internalError(Throwable e, CommandLine failed, boolean debug) {
        failed.getOut().flush();
        failed.getErr().println("claimcheck: internal error: " + e);
        if (debug) {
            e.printStackTrace(failed.getErr());
        }
        failed.getErr().flush();
        return ExitCodes.INTERNAL;
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
