package org.claimcheck.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters a claim gives a check ({@code with:}), with typed accessors whose errors name the parameter and
 * what was expected. Values are what YAML yields: strings, numbers, booleans, lists and maps.
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
    public java.util.Set<String> names() {
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
