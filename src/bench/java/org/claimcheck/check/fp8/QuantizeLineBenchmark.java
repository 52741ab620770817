package org.claimcheck.check.fp8;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.claimcheck.check.stats.SeededRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code quantize} does per line once the JVM runs, in lines per second on one thread: read 16K lines of
 * decimals of 17 significant digits (as quantize-bench.sh feeds it) from their bytes, and read, round to E4M3 and
 * write them as text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuantizeLineBenchmark {

    private static final int LINES = 16 * 1024;

    private byte[] lines;
    private double[] values;
    private char[] text;
    private TextRounding rounding;

    @Setup
    public void draw() {
        SeededRandom random = SeededRandom.of(3);
        StringBuilder decimals = new StringBuilder();
        values = new double[LINES];
        for (int i = 0; i < LINES; i++) {
            decimals.append(String.format(Locale.ROOT, "%.16e", (random.uniform() - 0.5) * 1000)).append('\n');
        }
        lines = decimals.toString().getBytes(StandardCharsets.US_ASCII);
        text = new char[LINES * TextRounding.maxCharsPerValue()];
        rounding = TextRounding.of("E4M3", Overflow.SATURATE).orElseThrow();
        for (int i = 0, position = 0; i < LINES; i++) {
            position = DecimalInput.parsePlain(lines, position, lines.length, values, i) + 1;
            if (position == 0 || lines[position - 1] != '\n') {
                throw new IllegalStateException("line " + (i + 1) + " is not read from its bytes");
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public double[] parse() {
        read();
        return values;
    }

    /** Each line as quantize reads it: the plain decimal up to its line break. */
    private void read() {
        for (int i = 0, position = 0; i < LINES; i++) {
            position = DecimalInput.parsePlain(lines, position, lines.length, values, i) + 1;
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public char[] parseRoundAndWrite() {
        read();
        rounding.round(values, LINES, text);
        return text;
    }
}
