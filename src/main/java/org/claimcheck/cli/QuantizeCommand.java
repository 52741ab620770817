package org.claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimcheck.check.fp8.Overflow;
import org.claimcheck.check.fp8.TextRounding;
import org.claimcheck.claim.ConsoleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quantize}: rounds decimal numbers read one a line from standard input to a format, and prints each result
 * one a line as a decimal that parses back to the exact value. Output is written in large chunks, not a line at a
 * time; what was read before a bad line is printed before the error.
 */
@Command(name = "quantize", mixinStandardHelpOptions = true,
        description = {"Rounds decimal numbers, one a line on standard input (NaN, Infinity and -Infinity included), "
                + "to E4M3, E5M2, BF16, FP16, FP32 or E2M1 with round-to-nearest-even, or to MXFP4 (each block of 32 "
                + "lines shares one power-of-two scale), and prints each rounded value one a line as a decimal that "
                + "parses back to the exact value. Lines longer than 1024 characters are refused."},
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
            description = "E4M3, E5M2, BF16, FP16, FP32, E2M1 or MXFP4 (case-insensitive)")
    private String formatName;

    @Option(names = "--overflow", paramLabel = "MODE", defaultValue = "saturate",
            description = "saturate (default): beyond the largest finite value, infinities included, becomes ±max; "
                    + "nan: becomes NaN for E4M3 and ±Infinity for E5M2, BF16, FP16 and FP32 (E2M1 and MXFP4 "
                    + "always saturate)")
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
        Optional<Overflow> overflow = Overflow.byId(overflowName);
        if (overflow.isEmpty()) {
            err.printf(Locale.ROOT, "quantize: --overflow: expected one of %s, got \"%s\"%n",
                    String.join(", ", Overflow.ids()), ConsoleText.escape(overflowName));
            return BAD_INPUT;
        }
        Optional<TextRounding> rounding;
        try {
            rounding = TextRounding.of(formatName, overflow.get());
        } catch (IllegalArgumentException e) {
            err.printf(Locale.ROOT, "quantize: --overflow: %s, got \"%s\"%n", e.getMessage(),
                    ConsoleText.escape(overflowName));
            return BAD_INPUT;
        }
        if (rounding.isEmpty()) {
            err.printf(Locale.ROOT, "quantize: --format: expected one of %s, got \"%s\"%n",
                    String.join(", ", TextRounding.names()), ConsoleText.escape(formatName));
            return BAD_INPUT;
        }
        return new QuantizeStream(input).roundLines(rounding.get(), spec.commandLine().getOut(), err);
    }
}
