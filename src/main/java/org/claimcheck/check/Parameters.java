package org.claimcheck.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Source;

/**
 * The parameters a claim gives a check ({@code with:}), with typed accessors whose errors name the parameter and
 * what was expected. Values are what YAML yields: strings, numbers, booleans, lists and maps. Every check reads its
 * parameters here: a value in a range, one of a closed set of words or {@link Named} constants, each with the check's
 * default when absent, in the one wording {@code steps: expected an integer in [1, 10000], got 0}.
 */
public final class Parameters {

    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public static Parameters of(Map<String, ?> values) {
        return new Parameters(new LinkedHashMap<>(values));
    }

    public static Parameters none() {
        return new Parameters(Map.of());
    }

    /** The names given, in no particular order. */
    public Set<String> names() {
        return values.keySet();
    }

    /** The raw values, for reports. */
    public Map<String, Object> asMap() {
        return values;
    }

    public String string(String name) throws CheckException {
        return optionalString(name).orElseThrow(() -> missing(name, "a string"));
    }

    public Optional<String> optionalString(String name) throws CheckException {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(text);
        }
        throw wrongType(name, "a string", value);
    }

    public double number(String name) throws CheckException {
        return optionalNumber(name).orElseThrow(() -> missing(name, "a number"));
    }

    public Optional<Double> optionalNumber(String name) throws CheckException {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return Optional.of(number.doubleValue());
        }
        throw wrongType(name, "a finite number", value);
    }

    public long integer(String name) throws CheckException {
        return optionalInteger(name).orElseThrow(() -> missing(name, "an integer"));
    }

    public Optional<Long> optionalInteger(String name) throws CheckException {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Optional.of(((Number) value).longValue());
        }
        throw wrongType(name, "an integer", value);
    }

    public Optional<Boolean> optionalBoolean(String name) throws CheckException {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        throw wrongType(name, "true or false", value);
    }

    /** A list of strings. */
    public List<String> strings(String name) throws CheckException {
        Object value = values.get(name);
        if (value == null) {
            throw missing(name, "a list of strings");
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw wrongType(name, "a list of strings", value);
    }

    /**
     * An integer parameter in [min, max], {@code fallback} when absent.
     *
     * @throws CheckException INVALID_INPUT when it is not an integer in [min, max]
     */
    public long integer(String name, long fallback, long min, long max) throws CheckException {
        long value = optionalInteger(name).orElse(fallback);
        if (value < min || value > max) {
            throw CheckException.invalid(String.format(Locale.ROOT, "%s: expected an integer in [%d, %d], got %d",
                    name, min, max, value));
        }
        return value;
    }

    /**
     * A number parameter in [min, max], {@code fallback} when absent.
     *
     * @throws CheckException INVALID_INPUT when it is not a finite number in [min, max]
     */
    public double number(String name, double fallback, double min, double max) throws CheckException {
        double value = optionalNumber(name).orElse(fallback);
        if (!(value >= min && value <= max)) {
            throw CheckException.invalid(String.format(Locale.ROOT, "%s: expected a number in [%s, %s], got %s",
                    name, plain(min), plain(max), plain(value)));
        }
        return value;
    }

    /**
     * A word parameter from a closed list, {@code fallback} when absent.
     *
     * @throws CheckException INVALID_INPUT when it is not one of {@code allowed}
     */
    public String choice(String name, String fallback, List<String> allowed) throws CheckException {
        String value = optionalString(name).orElse(fallback);
        if (!allowed.contains(value)) {
            throw notOneOf(name, allowed, "\"" + value + "\"");
        }
        return value;
    }

    /**
     * A constant of a {@link Named} enum, {@code fallback} when absent.
     *
     * @throws CheckException INVALID_INPUT when the spelling is none of the enum's
     */
    public <E extends Enum<E> & Named> E choice(String name, E fallback) throws CheckException {
        Optional<E> given = optionalChoice(name, fallback.getDeclaringClass());
        return given.orElse(fallback);
    }

    /**
     * A constant of a {@link Named} enum that the claim must give.
     *
     * @throws CheckException INVALID_INPUT when it is absent or spelled as none of the enum's
     */
    public <E extends Enum<E> & Named> E choice(String name, Class<E> type) throws CheckException {
        return optionalChoice(name, type).orElseThrow(() -> notOneOf(name, Named.ids(type), "nothing"));
    }

    /**
     * Where a parameter's value comes from: the claim's {@code with.NAME} when it gives one, else the check's
     * documented default.
     */
    public Source source(String name) {
        return new Source("claim", values.containsKey(name) ? "with." + name : "default of the check");
    }

    private <E extends Enum<E> & Named> Optional<E> optionalChoice(String name, Class<E> type)
            throws CheckException {
        Optional<String> given = optionalString(name);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Named.byId(type, given.get()).orElseThrow(() -> notOneOf(name, Named.ids(type),
                "\"" + given.get() + "\"")));
    }

    private static CheckException notOneOf(String name, List<String> allowed, String got) {
        return CheckException.invalid(name + ": expected one of " + String.join(", ", allowed) + ", got " + got);
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    private static CheckException missing(String name, String expected) {
        return CheckException.invalid(name + ": expected " + expected + ", got nothing");
    }

    private static CheckException wrongType(String name, String expected, Object value) {
        String shown = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        return CheckException.invalid(String.format(Locale.ROOT, "%s: expected %s, got %s", name, expected, shown));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
