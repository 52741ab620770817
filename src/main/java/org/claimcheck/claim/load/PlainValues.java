package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimcheck.claim.Problem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The Java values of YAML nodes typed by the JSON schema of YAML 1.2 (see {@link YamlFile}): a value is either held as
 * written or refused with what was expected, never rounded, wrapped or coerced. Numbers must be written as JSON writes
 * them, whether the schema typed them or an explicit {@code !!int} or {@code !!float} tag did: snakeyaml-engine's JSON
 * schema also types {@code .inf}, {@code .nan} and {@code 1.}, which are refused here.
 */
final class PlainValues {

    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    /** 2^53: every whole number up to it in magnitude is a double; 2^53 + 1 is the first that is not. */
    private static final long MAX_EXACT_WHOLE = 1L << 53;
    private static final String FINITE = "a finite number";
    private static final String EXACT_WHOLE = "a whole number of at most 2^53 = " + MAX_EXACT_WHOLE
            + " in magnitude, so that a double holds it exactly";
    private static final String DOUBLE_RANGE = "a number a double holds (0, or 4.9e-324 to 1.8e308 in magnitude)";
    private static final String LONG_RANGE = "a whole number within the 64-bit range (" + Long.MIN_VALUE + " to "
            + Long.MAX_VALUE + ")";

    private PlainValues() {
    }

    /** Thrown for a scalar no Java value holds as written; the message is what was expected. */
    static final class RefusedException extends Exception {

        RefusedException(String expected) {
            super(expected);
        }
    }

    /** {@code true} or {@code false} as written, and nothing else: {@code yes}, {@code On}, {@code True} are text. */
    static Optional<Boolean> bool(ScalarNode scalar) {
        boolean typed = scalar.getTag().equals(Tag.BOOL);
        return typed && scalar.getValue().equals("true") ? Optional.of(true)
                : typed && scalar.getValue().equals("false") ? Optional.of(false) : Optional.empty();
    }

    /**
     * The number a scalar states, as a double. A decimal is rounded to the nearest double, as any reader of
     * {@code 0.1} does; a whole number must be held exactly.
     *
     * @throws RefusedException for text, a non-finite or out-of-range number, or a whole number beyond ±2^53
     */
    static double number(ScalarNode scalar) throws RefusedException {
        String text = scalar.getValue();
        if (!isNumber(scalar) || !DECIMAL.matcher(text).matches()) {
            throw new RefusedException(FINITE);
        }
        if (WHOLE.matcher(text).matches()) {
            // 17 characters hold any whole number up to 2^53 with its sign; parsing longer text could overflow
            long whole = text.length() <= 17 ? Long.parseLong(text) : Long.MAX_VALUE;
            if (Math.abs(whole) > MAX_EXACT_WHOLE) {
                throw new RefusedException(EXACT_WHOLE);
            }
            return whole;
        }
        return decimal(text);
    }

    /**
     * The value of a node: String, Long (a whole number), Double (a decimal), Boolean, List or Map of them, in file
     * order. Records a problem at each scalar that is null or that no such value holds, and is then empty.
     */
    static Optional<Object> plain(Node node, String file, String path, List<Problem> problems) {
        int before = problems.size();
        Object value = convert(node, file, path, problems);
        return problems.size() > before ? Optional.empty() : Optional.of(value);
    }

    private static Object convert(Node node, String file, String path, List<Problem> problems) {
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(convert(sequence.getValue().get(i), file, path + "[" + i + "]", problems));
            }
            return items;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                entries.put(key, convert(tuple.getValueNode(), file, path + "." + key, problems));
            }
            return entries;
        }
        ScalarNode scalar = (ScalarNode) node;
        try {
            return scalar(scalar);
        } catch (RefusedException e) {
            problems.add(new Problem(Fields.location(file, scalar), path, "expected " + e.getMessage() + ", got "
                    + Fields.describe(scalar)));
            return scalar.getValue();
        }
    }

    private static Object scalar(ScalarNode scalar) throws RefusedException {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            throw new RefusedException("a value");
        }
        if (tag.equals(Tag.BOOL)) {
            return bool(scalar).orElseThrow(() -> new RefusedException("true or false"));
        }
        if (!isNumber(scalar)) {
            return scalar.getValue();
        }
        String text = scalar.getValue();
        if (WHOLE.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new RefusedException(LONG_RANGE);
            }
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new RefusedException(FINITE);
        }
        return decimal(text);
    }

    private static boolean isNumber(ScalarNode scalar) {
        return scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT);
    }

    /** A decimal in JSON notation as the nearest double, refused when it overflows or a non-zero one underflows. */
    private static double decimal(String text) throws RefusedException {
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new RefusedException(FINITE);
        }
        String mantissa = text.split("[eE]")[0];
        if (value == 0 && mantissa.chars().anyMatch(c -> c >= '1' && c <= '9')) {
            throw new RefusedException(DOUBLE_RANGE);
        }
        return value;
    }
}
