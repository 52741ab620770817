package org.claimcheck.check.fp8;

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
 * Throughput of the FP8 codec on one thread, in values per second: E4M3 encode, E4M3 decode, and quantize-dequantize
 * through 1×128 tiles (amax per tile, FP32 scale, cast, divide back).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Fp8CodecBenchmark {

    private static final int ROWS = 16;
    private static final int COLUMNS = 1024;
    private static final int VALUES = ROWS * COLUMNS;

    private double[] values;
    private int[] codes;
    private byte[] encoded;
    private float[] decoded;
    private double[] quantized;
    private Quantizer tiles;

    @Setup
    public void draw() {
        SeededRandom random = SeededRandom.of(1);
        values = new double[VALUES];
        codes = new int[VALUES];
        encoded = new byte[VALUES];
        decoded = new float[VALUES];
        quantized = new double[VALUES];
        for (int i = 0; i < VALUES; i++) {
            values[i] = random.gaussian() * 100;
            codes[i] = FloatFormat.E4M3.encode(values[i], Overflow.SATURATE);
        }
        tiles = Quantizer.of(FloatFormat.E4M3, ScaleKind.FP32);
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public byte[] e4m3Encode() {
        for (int i = 0; i < VALUES; i++) {
            encoded[i] = (byte) FloatFormat.E4M3.encode(values[i], Overflow.SATURATE);
        }
        return encoded;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public float[] e4m3Decode() {
        for (int i = 0; i < VALUES; i++) {
            decoded[i] = FloatFormat.E4M3.decode(codes[i]);
        }
        return decoded;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public long tile1x128Quantize() {
        return tiles.quantize(values, ROWS, COLUMNS, Scaling.TILE_1X128, quantized);
    }
}
