package org.claimcheck.check.model;

import java.util.Optional;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.StorageFormat;
import org.claimcheck.claim.Source;

/** The parameters the model checks share, read with messages that name the parameter and what was expected. */
final class ModelInputs {

    /** Longest context a check accepts, in tokens (2^20). */
    static final long MAX_CONTEXT_TOKENS = 1L << 20;

    static final Parameter CONFIG = Parameter.required("config", "a model name of the library",
            "the model whose config.json is read: a folder of the library's models/ (checks lists them)");
    static final Parameter PRECISION = Parameter.optional("precision", Named.oneOf(StorageFormat.class)
                    + ", or a bit width in [1, 64]", "the format or bit width of one cached element; default BF16");

    /** A computation over configs that may overflow a {@code long} for absurd sizes. */
    interface Computation<T> {
        T compute() throws CheckException;
    }

    private ModelInputs() {
    }

    /** The architecture of the model named by the {@code config} parameter. */
    static Architecture architecture(CheckContext context, Parameters parameters) throws CheckException {
        return architecture(context, parameters.string(CONFIG.name()));
    }

    /** The architecture of a library model by name. */
    static Architecture architecture(CheckContext context, String modelName) throws CheckException {
        return ModelConfigReader.read(context.modelConfig(modelName));
    }

    /** A context length parameter in [1, 2^20] tokens, or {@code fallback} when absent. */
    static long context(Parameters parameters, String name, long fallback) throws CheckException {
        return parameters.integer(name, fallback, 1, MAX_CONTEXT_TOKENS);
    }

    /** The {@code precision} parameter: a format, or a bit width in [1, 64]; BF16 when absent. */
    static KvPrecision precision(Parameters parameters) throws CheckException {
        return precision(PRECISION.name(), parameters.asMap().get(PRECISION.name()));
    }

    /**
     * One precision given under {@code name}: a format name ({@code BF16}, {@code FP8} …) or a whole number of bits
     * in [1, 64]; BF16 when {@code value} is null.
     */
    static KvPrecision precision(String name, Object value) throws CheckException {
        if (value == null) {
            return KvPrecision.of(StorageFormat.BF16);
        }
        if (value instanceof Integer || value instanceof Long) {
            long bits = ((Number) value).longValue();
            if (bits >= 1 && bits <= KvPrecision.MAX_BITS) {
                return KvPrecision.ofBits(bits, new Source("claim", "with." + name));
            }
        } else if (value instanceof String text) {
            Optional<StorageFormat> format = Named.byId(StorageFormat.class, text);
            if (format.isPresent()) {
                return KvPrecision.of(format.get());
            }
        }
        throw CheckException.invalid(name + ": expected " + Named.oneOf(StorageFormat.class)
                + ", or a bit width in [1, 64], got " + (value instanceof String ? "\"" + value + "\"" : value));
    }

    /** Runs a computation, turning an overflow of {@code long} into an input error naming the config. */
    static <T> T exact(String configPath, Computation<T> computation) throws CheckException {
        try {
            return computation.compute();
        } catch (ArithmeticException e) {
            throw CheckException.invalid(configPath + ": expected sizes whose counts fit in 64 bits, got an overflow");
        }
    }
}
