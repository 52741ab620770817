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
 * Throughput of the lab's codecs on one thread, in values per second, on 16K Gaussian values (σ = 100): E4M3 and
 * E5M2 encode (by table, and by arithmetic for comparison), E2M1 encode, E4M3 decode, quantize-dequantize through
 * 1×128 tiles (amax per tile, FP32 scale, cast, divide back) and MXFP4 quantize-dequantize (blocks of 32).
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
    public byte[] e4m3EncodeByArithmetic() {
        for (int i = 0; i < VALUES; i++) {
            encoded[i] = (byte) FloatFormat.E4M3.encodeByArithmetic(values[i], Overflow.SATURATE);
        }
        return encoded;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public byte[] e5m2Encode() {
        for (int i = 0; i < VALUES; i++) {
            encoded[i] = (byte) FloatFormat.E5M2.encode(values[i], Overflow.SATURATE);
        }
        return encoded;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public byte[] e2m1Encode() {
        for (int i = 0; i < VALUES; i++) {
            encoded[i] = (byte) FloatFormat.E2M1.encode(values[i], Overflow.SATURATE);
        }
        return encoded;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public double[] mxfp4Quantize() {
        Mxfp4.quantize(values, quantized);
        return quantized;
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
