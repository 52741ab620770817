package org.claimcheck.check.fp8;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;

/** Reads the parameters the FP8 checks share, with messages that name the parameter and what was expected. */
final class Fp8Parameters {

    /** Default first seed of every experiment: the date of report R's release, 2024-12-26. */
    static final long DEFAULT_SEED = 20_241_226L;
    /** Default number of seeds an experiment is repeated with (seed, seed + 1, …). */
    static final int DEFAULT_SEEDS = 5;
    private static final int MAX_SEEDS = 100;

    /** The format an experiment casts to, E4M3 unless given. */
    static final Parameter FORMAT_CAST = Parameter.optional("format", "one of " + String.join(", ",
            FloatFormat.names()), "the format cast to (default E4M3)");
    static final Parameter SEED = Parameter.optional("seed", "an integer",
            "first seed; the experiment runs with seed, seed + 1, … (default " + DEFAULT_SEED + ")");
    static final Parameter SEEDS = Parameter.optional("seeds", "an integer in [2, " + MAX_SEEDS + "]",
            "how many seeds the mean and its 95% confidence interval are taken over (default " + DEFAULT_SEEDS + ")");

    private Fp8Parameters() {
    }

    /** The value of a closed-set parameter, or its default when absent. */
    static <E> E choice(Parameters parameters, String name, Function<String, Optional<E>> lookup, List<String> allowed,
                        E defaultValue) throws CheckException {
        Optional<String> given = parameters.optionalString(name);
        if (given.isEmpty()) {
            return defaultValue;
        }
        return lookup.apply(given.get()).orElseThrow(() -> CheckException.invalid(String.format(Locale.ROOT,
                "%s: expected one of %s, got \"%s\"", name, String.join(", ", allowed), given.get())));
    }

    /** A two-valued parameter: false for {@code first} (the default, also when absent), true for {@code second}. */
    static boolean either(Parameters parameters, String name, String first, String second) throws CheckException {
        return choice(parameters, name, id -> id.equals(first) ? Optional.of(false)
                : id.equals(second) ? Optional.of(true) : Optional.empty(), List.of(first, second), false);
    }

    /** A format parameter (E4M3, E5M2, BF16, FP16), or its default. */
    static FloatFormat format(Parameters parameters, String name, FloatFormat defaultValue) throws CheckException {
        return choice(parameters, name, FloatFormat::byName, FloatFormat.names(), defaultValue);
    }

    /** An integer parameter in [min, max], or its default. */
    static int integer(Parameters parameters, String name, int defaultValue, int min, int max)
            throws CheckException {
        long value = parameters.optionalInteger(name).orElse((long) defaultValue);
        if (value < min || value > max) {
            throw CheckException.invalid(String.format(Locale.ROOT, "%s: expected an integer in [%d, %d], got %d",
                    name, min, max, value));
        }
        return (int) value;
    }

    /** A number parameter in [min, max], or its default. */
    static double number(Parameters parameters, String name, double defaultValue, double min, double max)
            throws CheckException {
        double value = parameters.optionalNumber(name).orElse(defaultValue);
        if (!(value >= min && value <= max)) {
            throw CheckException.invalid(String.format(Locale.ROOT, "%s: expected a number in [%s, %s], got %s",
                    name, plain(min), plain(max), plain(value)));
        }
        return value;
    }

    /** The seeds of an experiment run. */
    static SeedSweep seeds(Parameters parameters) throws CheckException {
        long first = parameters.optionalInteger(SEED.name()).orElse(DEFAULT_SEED);
        int count = integer(parameters, SEEDS.name(), DEFAULT_SEEDS, 2, MAX_SEEDS);
        return new SeedSweep(first, count);
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%d", (long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
