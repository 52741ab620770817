package org.claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimcheck.check.fp8.DecimalInput;
import org.claimcheck.check.fp8.FloatFormat;
import org.claimcheck.check.fp8.Overflow;
import org.claimcheck.claim.ConsoleText;
import org.claimcheck.io.BoundedLines;
import org.claimcheck.io.Excerpt;
import org.claimcheck.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quantize}: rounds decimal numbers read one a line from standard input to a format, and prints each result
 * one a line as a decimal that parses back to the exact value.
 */
@Command(name = "quantize", mixinStandardHelpOptions = true,
        description = {"Rounds decimal numbers, one a line on standard input (NaN, Infinity and -Infinity included), "
                + "to E4M3, E5M2, BF16 or FP16 with round-to-nearest-even, and prints each rounded value one a line "
                + "as a decimal that parses back to the exact value. Lines longer than 1024 characters are refused."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every line was rounded", "2:a line is not a number, or an unknown format or overflow mode"})
public final class QuantizeCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int BAD_INPUT = 2;
    /**
     * The longest line read, in characters: room for the exact decimal expansion of any double (at most 767
     * significant digits) with its sign and exponent.
     */
    static final int MAX_LINE_CHARS = 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "E4M3, E5M2, BF16 or FP16 (case-insensitive)")
    private String formatName;

    @Option(names = "--overflow", paramLabel = "MODE", defaultValue = "saturate",
            description = "saturate (default): beyond the largest finite value, infinities included, becomes ±max; "
                    + "nan: becomes NaN for E4M3 and ±Infinity for the others")
    private String overflowName;

    private final InputStream input;

    /** Reads standard input. */
    public QuantizeCommand() {
        this(System.in);
    }

    /** Reads {@code input} instead of standard input (for tests and embedding). */
    public QuantizeCommand(InputStream input) {
        this.input = input;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<FloatFormat> format = FloatFormat.byName(formatName);
        if (format.isEmpty()) {
            err.printf(Locale.ROOT, "quantize: --format: expected one of %s, got \"%s\"%n",
                    String.join(", ", FloatFormat.names()), ConsoleText.escape(formatName));
            return BAD_INPUT;
        }
        Optional<Overflow> overflow = Overflow.byId(overflowName);
        if (overflow.isEmpty()) {
            err.printf(Locale.ROOT, "quantize: --overflow: expected one of %s, got \"%s\"%n",
                    String.join(", ", Overflow.ids()), ConsoleText.escape(overflowName));
            return BAD_INPUT;
        }
        return roundLines(format.get(), overflow.get(), spec.commandLine().getOut(), err);
    }

    private int roundLines(FloatFormat format, Overflow overflow, PrintWriter out, PrintWriter err)
            throws IOException {
        BoundedLines lines = new BoundedLines(new InputStreamReader(input, StandardCharsets.UTF_8), MAX_LINE_CHARS);
        try {
            for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
                Optional<Double> value = DecimalInput.parse(line.get());
                if (value.isEmpty()) {
                    out.flush();
                    err.printf(Locale.ROOT, "quantize: line %d: expected a decimal number, NaN, Infinity or "
                            + "-Infinity, got \"%s\"%n", lines.lineNumber(), ConsoleText.escape(Excerpt.of(line.get())));
                    return BAD_INPUT;
                }
                out.println(Double.toString(format.round(value.get(), overflow)));
            }
        } catch (InputException e) {
            out.flush();
            err.printf(Locale.ROOT, "quantize: line %d: %s%n", e.line(), e.getMessage());
            return BAD_INPUT;
        }
        out.flush();
        return OK;
    }
}
