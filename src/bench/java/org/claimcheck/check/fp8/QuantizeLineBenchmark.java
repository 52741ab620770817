package org.claimcheck.check.fp8;

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
 * What {@code quantize} does per line once the JVM runs, in lines per second on one thread: parse 16K decimals of 17
 * significant digits (as quantize-bench.sh feeds it), and parse, round to E4M3 and write them as text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuantizeLineBenchmark {

    private static final int LINES = 16 * 1024;

    private String[] lines;
    private double[] values;
    private StringBuilder text;
    private TextRounding rounding;

    @Setup
    public void draw() {
        SeededRandom random = SeededRandom.of(3);
        lines = new String[LINES];
        values = new double[LINES];
        for (int i = 0; i < LINES; i++) {
            lines[i] = String.format(Locale.ROOT, "%.16e", (random.uniform() - 0.5) * 1000);
        }
        text = new StringBuilder(LINES * 8);
        rounding = TextRounding.of("E4M3", Overflow.SATURATE).orElseThrow();
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public double[] parse() {
        for (int i = 0; i < LINES; i++) {
            values[i] = DecimalInput.parse(lines[i]).orElseThrow();
        }
        return values;
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public StringBuilder parseRoundAndWrite() {
        for (int i = 0; i < LINES; i++) {
            values[i] = DecimalInput.parse(lines[i]).orElseThrow();
        }
        text.setLength(0);
        rounding.round(values, LINES, text);
        return text;
    }
}
