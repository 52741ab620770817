package org.claimcheck.check.model;

import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Named;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.StorageFormat;

/** The parameters the model checks share, read with messages that name the parameter and what was expected. */
final class ModelInputs {

    /** Longest context a check accepts, in tokens (2^20). */
    static final long MAX_CONTEXT_TOKENS = 1L << 20;

    static final Parameter CONFIG = Parameter.required("config", "a model name of the library",
            "the model whose config.json is read: a folder of the library's models/ (checks lists them)");
    static final Parameter PRECISION = Parameter.optional("precision", Named.oneOf(StorageFormat.class),
            "the format of one cached element; default BF16");

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

    /** The {@code precision} parameter, BF16 when absent. */
    static StorageFormat precision(Parameters parameters) throws CheckException {
        return parameters.choice(PRECISION.name(), StorageFormat.BF16);
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
