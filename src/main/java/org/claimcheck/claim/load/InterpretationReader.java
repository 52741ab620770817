package org.claimcheck.claim.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.Problem;
import org.claimcheck.unit.Unit;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads one interpretation: {@code id}, {@code reading}, {@code stated}, exactly one method ({@code check} with
 * {@code with}, {@code expression} with {@code inputs}, {@code unit} and optional {@code solve_for}, or {@code fact}),
 * and, for a mechanism claim, {@code asserted}.
 */
final class InterpretationReader {

    static final Set<String> FIELDS = Set.of("id", "reading", "stated", "check", "with", "expression",
            "inputs", "unit", "solve_for", "fact", "asserted");
    static final Set<String> REFERENCE_FIELDS = Set.of("fact", "check", "with", "claim");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LITERAL = Pattern.compile("(?<![A-Za-z_0-9.])(\\d*\\.?\\d+(?:[eE][+-]?\\d+)?)");
    /** Whole numbers up to this may stand in a formula (the 6 of 6·N·D, the 1 of 1 − a/b); larger ones need a source. */
    static final int MAX_CONSTANT = 1000;

    private InterpretationReader() {
    }

    static Optional<Interpretation> read(String file, String path, Node node, boolean mechanism,
                                         List<Problem> problems) {
        int before = problems.size();
        Optional<Fields> maybe = Fields.of(file, path, node, problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = maybe.get().allowOnly(FIELDS);
        Optional<String> id = fields.string("id", true);
        id.filter(value -> !Claim.ID.matcher(value).matches()).ifPresent(value -> fields.report("id",
                "expected a kebab-case id, got \"" + value + "\""));
        Optional<String> reading = fields.string("reading", true);
        Optional<Boolean> stated = fields.bool("stated", true);
        Optional<Method> method = readMethod(fields);
        String asserted = fields.string("asserted", mechanism).orElse("");
        if (!mechanism && fields.has("asserted")) {
            fields.report("asserted", "expected no asserted property for a figure claim (the figure is the "
                    + "assertion), got one");
        }
        if (problems.size() > before || id.isEmpty() || reading.isEmpty() || stated.isEmpty() || method.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Interpretation(id.get(), reading.get(), stated.get(), method.get(), asserted,
                fields.location()));
    }

    private static Optional<Method> readMethod(Fields fields) {
        long methods = Set.of("check", "expression", "fact").stream().filter(fields::has).count();
        if (methods != 1) {
            fields.problems().add(new Problem(fields.location(), fields.path(),
                    "expected exactly one of check, expression or fact, got " + methods));
            return Optional.empty();
        }
        if (fields.has("check")) {
            Map<String, Object> with = fields.plainMap("with");
            return fields.string("check", true).map(kind -> new Method.CheckCall(kind, with));
        }
        if (fields.has("fact")) {
            return fields.string("fact", true).map(Method.FactLookup::new);
        }
        return readExpression(fields);
    }

    private static Optional<Method> readExpression(Fields fields) {
        Optional<String> expression = fields.string("expression", true);
        Optional<Unit> unit = fields.string("unit", true).flatMap(text -> {
            Optional<Unit> known = Unit.bySpelling(text).filter(u -> u.factorToBase() == 1.0);
            return known.isPresent() ? known : fields.problem("unit", fields.node("unit").orElseThrow(),
                    "a base unit (" + String.join(", ", baseUnits()) + ")");
        });
        expression.ifPresent(text -> unsourcedLiteral(text).ifPresent(literal -> fields.report("expression",
                "expected figures only as inputs with a source (whole constants up to " + MAX_CONSTANT
                        + " such as 1, 2 or 6 are allowed), got the literal " + literal)));
        String solveFor = fields.string("solve_for", false).orElse("");
        List<Method.Input> inputs = readInputs(fields);
        if (!solveFor.isEmpty() && inputs.stream().noneMatch(input -> input.name().equals(solveFor))) {
            fields.report("solve_for", "expected the name of an input ("
                    + String.join(", ", inputs.stream().map(Method.Input::name).toList()) + "), got \""
                    + solveFor + "\"");
        }
        if (expression.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Method.Expression(expression.get(), inputs, unit.get(), solveFor));
    }

    private static List<Method.Input> readInputs(Fields fields) {
        Optional<Node> node = fields.node("inputs");
        if (node.isEmpty()) {
            fields.report("inputs", "expected a mapping of input names to references, got nothing");
            return List.of();
        }
        if (!(node.get() instanceof MappingNode mapping)) {
            fields.problem("inputs", node.get(), "a mapping of input names to references");
            return List.of();
        }
        List<Method.Input> inputs = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "";
            String path = fields.child("inputs") + "." + name;
            if (!VARIABLE.matcher(name).matches()) {
                fields.problems().add(new Problem(Fields.location(fields.file(), tuple.getKeyNode()), path,
                        "expected a variable name (letters, digits, underscores), got \"" + name + "\""));
                continue;
            }
            Fields.of(fields.file(), path, tuple.getValueNode(), fields.problems())
                    .flatMap(InterpretationReader::readReference)
                    .ifPresent(reference -> inputs.add(new Method.Input(name, reference,
                            Fields.location(fields.file(), tuple.getValueNode()))));
        }
        return inputs;
    }

    private static Optional<Method.Reference> readReference(Fields fields) {
        fields.allowOnly(REFERENCE_FIELDS);
        long kinds = Set.of("fact", "check", "claim").stream().filter(fields::has).count();
        if (kinds != 1) {
            fields.problems().add(new Problem(fields.location(), fields.path(),
                    "expected exactly one of fact, check or claim, got " + kinds));
            return Optional.empty();
        }
        if (fields.has("fact")) {
            return fields.string("fact", true).map(Method.FactRef::new);
        }
        if (fields.has("claim")) {
            return fields.string("claim", true).map(Method.ClaimRef::new);
        }
        Map<String, Object> with = fields.plainMap("with");
        return fields.string("check", true).map(kind -> new Method.CheckRef(kind, with));
    }

    /** The first number written in a formula that is not a small whole constant. */
    static Optional<String> unsourcedLiteral(String expression) {
        java.util.regex.Matcher matcher = LITERAL.matcher(expression);
        while (matcher.find()) {
            String literal = matcher.group(1);
            boolean whole = literal.matches("\\d+");
            if (!whole || literal.length() > 4 || Integer.parseInt(literal) > MAX_CONSTANT) {
                return Optional.of(literal);
            }
        }
        return Optional.empty();
    }

    private static List<String> baseUnits() {
        return java.util.Arrays.stream(Unit.values()).filter(u -> u.factorToBase() == 1.0).map(Unit::symbol).toList();
    }
}
