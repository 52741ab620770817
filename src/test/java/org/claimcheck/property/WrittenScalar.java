package org.claimcheck.property;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A scalar as a claim file may hold it, with what it means as written, decided from its text alone by the JSON
 * schema of YAML 1.2 (§10.2.1): only unquoted {@code true}/{@code false} are booleans, only {@code null} and nothing
 * are null, only JSON numbers are numbers, and everything else (quoted or not) is text. The independent oracle of
 * {@link YamlScalarPropertiesTest}.
 *
 * @param yaml the scalar as written after {@code key: }
 * @param kind what it is
 * @param text its text without quotes
 */
record WrittenScalar(String yaml, Kind kind, String text) {

    /** YAML 1.1 forms that YAML 1.2 reads otherwise, edge numbers, and quoted variants. */
    private static final List<String> YAML_1_1 = List.of("yes", "No", "On", "off", "y", "n", "Y", "YES", "~", "null",
            "Null", "NULL", "", "0x1F", "0o17", "017", "1_000", ".inf", "-.Inf", ".NaN", ".nan", "2025-01-15", "1e3",
            "+12", "12:30", "1.", ".5", "true", "false", "True", "FALSE", "0", "0.05", "-0.5", "1e-400", "1e999",
            "9007199254740993", "99999999999999999999", "at-most", "'yes'", "\"No\"", "'0x1F'", "\"1e3\"", "'true'",
            "\"null\"", "'~'");
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern JSON_WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern ENGINE_FLOAT = Pattern.compile("-?\\.inf|\\.nan|-?(0|[1-9][0-9]*)\\.([eE][-+]?\\d+)?");
    private static final BigDecimal TWO_TO_53 = BigDecimal.valueOf(1L << 53);

    /**
     * What a scalar is. NUMBER_LIKE is text to YAML 1.2's JSON schema, but snakeyaml-engine's variant of it types it
     * as a float ({@code .inf}, {@code -.inf}, {@code .nan}, {@code 1.}): it may be read as text or reported, never
     * read as a number.
     */
    enum Kind { TEXT, NUMBER_LIKE, BOOLEAN, NUMBER, NOTHING }

    static WrittenScalar of(String yaml) {
        if (yaml.length() >= 2 && (yaml.startsWith("'") || yaml.startsWith("\""))) {
            return new WrittenScalar(yaml, Kind.TEXT, yaml.substring(1, yaml.length() - 1));
        }
        Kind kind = yaml.equals("true") || yaml.equals("false") ? Kind.BOOLEAN
                : yaml.equals("null") || yaml.isEmpty() ? Kind.NOTHING
                : JSON_NUMBER.matcher(yaml).matches() ? Kind.NUMBER
                : ENGINE_FLOAT.matcher(yaml).matches() ? Kind.NUMBER_LIKE : Kind.TEXT;
        return new WrittenScalar(yaml, kind, yaml);
    }

    /** The YAML 1.1 forms, then seeded random words and numbers in forms YAML 1.1 and 1.2 read differently. */
    static List<WrittenScalar> samples(long seed, int randomCount) {
        List<String> all = new ArrayList<>(YAML_1_1);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < randomCount; i++) {
            all.add(switch (random.nextInt(6)) {
                case 0 -> random.ints(1 + random.nextInt(8), 'a', 'z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                case 1 -> Integer.toString(random.nextInt(-1_000_000, 1_000_000));
                case 2 -> "0." + random.nextInt(1, 1000);
                case 3 -> random.nextInt(1, 10) + "." + random.nextInt(10) + "e-" + random.nextInt(1, 400);
                case 4 -> "0" + random.nextInt(1, 100);
                default -> "+" + random.nextInt(1000) + "_" + random.nextInt(100, 1000);
            });
        }
        return all.stream().map(WrittenScalar::of).toList();
    }

    /** The boolean written, for a BOOLEAN. */
    Optional<Boolean> bool() {
        return kind == Kind.BOOLEAN ? Optional.of(Boolean.parseBoolean(text)) : Optional.empty();
    }

    /** The double that holds a NUMBER as written: the nearest one, and exactly for a whole number; else empty. */
    Optional<Double> heldAsDouble() {
        if (kind != Kind.NUMBER) {
            return Optional.empty();
        }
        BigDecimal exact = new BigDecimal(text);
        double nearest = exact.doubleValue();
        boolean whole = JSON_WHOLE.matcher(text).matches();
        boolean held = Double.isFinite(nearest) && (nearest != 0 || exact.signum() == 0)
                && (!whole || exact.abs().compareTo(TWO_TO_53) <= 0);
        return held ? Optional.of(nearest) : Optional.empty();
    }

    /** A check parameter's value as written: text, a boolean, a long for a whole number, else a double; or empty. */
    Optional<Object> asParameter() {
        return switch (kind) {
            case TEXT, NUMBER_LIKE -> Optional.of(text);
            case BOOLEAN -> bool().map(Object.class::cast);
            case NOTHING -> Optional.empty();
            case NUMBER -> !JSON_WHOLE.matcher(text).matches() ? heldAsDouble().map(Object.class::cast)
                    : new BigInteger(text).bitLength() < Long.SIZE ? Optional.of(Long.parseLong(text))
                    : Optional.empty();
        };
    }
}
