package org.claimcheck.check.fp8;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.claim.Fact;
import org.claimcheck.io.InputText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Time of one run of each FP8 experiment check with its default sizes (the sizes claims use), in milliseconds. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Fp8ExperimentBenchmark {

    /** The experiments never consult the context; this one refuses everything. */
    private static final CheckContext NO_CONTEXT = new CheckContext() {
        @Override
        public Fact fact(String qualifiedName) throws CheckException {
            throw CheckException.invalid("no facts in the benchmark");
        }

        @Override
        public Optional<Fact> optionalFact(String qualifiedName) {
            return Optional.empty();
        }

        @Override
        public List<String> factNames() {
            return List.of();
        }

        @Override
        public List<String> models() {
            return List.of();
        }

        @Override
        public InputText modelConfig(String modelName) throws CheckException {
            throw CheckException.invalid("no models in the benchmark");
        }

        @Override
        public InputText libraryFile(String relativePath) throws CheckException {
            throw CheckException.invalid("no library in the benchmark");
        }

        @Override
        public Measurement measure(String kind, Parameters parameters) throws CheckException {
            throw CheckException.invalid("no registry in the benchmark");
        }
    };

    @Param({"fp8.outliers", "fp8.accumulation", "fp8.gradient-underflow", "fp8.data-size", "fp8.delayed-scaling"})
    public String kind;

    private Check check;
    private Parameters parameters;

    @Setup
    public void find() {
        check = Fp8Checks.all().stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
        parameters = kind.equals("fp8.data-size") ? Parameters.of(Map.of("metric", "saving-vs-bf16"))
                : Parameters.none();
    }

    @Benchmark
    public Measurement run() throws CheckException {
        return check.run(NO_CONTEXT, parameters);
    }
}
