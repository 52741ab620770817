package org.claimcheck.claim.load;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Numbers;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.Tolerance;
import org.claimcheck.unit.FigureParser;
import org.claimcheck.unit.StatedFigure;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a claim's {@code asserts:} mapping: exactly one of {@code figure}, {@code mechanism} or
 * {@code nothing_testable}; for a figure, an optional {@code bound} and {@code tolerance}.
 */
final class AssertionReader {

    static final Set<String> FIELDS = Set.of("figure", "bound", "tolerance", "mechanism", "nothing_testable");
    static final Set<String> TOLERANCE_FIELDS = Set.of("absolute", "relative", "exact");

    private AssertionReader() {
    }

    static Optional<Assertion> read(Fields fields) {
        fields.allowOnly(FIELDS);
        long kinds = Set.of("figure", "mechanism", "nothing_testable").stream().filter(fields::has).count();
        if (kinds != 1) {
            fields.problems().add(new Problem(fields.location(), fields.path(), "expected exactly one of figure, mechanism or nothing_testable, got " + kinds));
            return Optional.empty();
        }
        if (fields.has("mechanism")) {
            return fields.string("mechanism", true).map(Assertion.Mechanism::new);
        }
        if (fields.has("nothing_testable")) {
            return fields.string("nothing_testable", true).map(Assertion.NothingTestable::new);
        }
        return readFigure(fields);
    }

    private static Optional<Assertion> readFigure(Fields fields) {
        Optional<String> text = fields.string("figure", true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> problem = FigureParser.problem(text.get());
        if (problem.isPresent()) {
            fields.report("figure", "expected " + problem.get() + ", got \"" + text.get() + "\"");
            return Optional.empty();
        }
        StatedFigure figure = FigureParser.parse(text.get()).orElseThrow();
        Optional<Assertion.Bound> bound = readBound(fields);
        Optional<Tolerance> tolerance = readTolerance(fields, figure);
        if (bound.isEmpty() || tolerance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Assertion.Figure(figure, bound.get(), tolerance.get()));
    }

    private static Optional<Assertion.Bound> readBound(Fields fields) {
        Optional<String> text = fields.string("bound", false);
        if (text.isEmpty()) {
            return fields.has("bound") ? Optional.empty() : Optional.of(Assertion.Bound.ABOUT);
        }
        return switch (text.get()) {
            case "about" -> Optional.of(Assertion.Bound.ABOUT);
            case "at-most" -> Optional.of(Assertion.Bound.AT_MOST);
            case "at-least" -> Optional.of(Assertion.Bound.AT_LEAST);
            default -> fields.problem("bound", fields.node("bound").orElseThrow(), "one of about, at-most, at-least");
        };
    }

    /**
     * A tolerance given as {@code exact}, {@code {absolute: x}} (in the figure's unit) or {@code {relative: r}};
     * without one, half a step of the figure's last written digit.
     */
    private static Optional<Tolerance> readTolerance(Fields fields, StatedFigure figure) {
        if (!fields.has("tolerance")) {
            String origin = String.format(Locale.ROOT, "from the precision of \"%s\" (±%s, half its last digit)",
                    figure.text(), Numbers.human(figure.halfStep(), figure.quantity().unit()));
            return Optional.of(new Tolerance(Tolerance.Kind.ABSOLUTE, figure.halfStepInBase(), origin));
        }
        Node node = fields.node("tolerance").orElseThrow();
        if (node instanceof ScalarNode scalar && scalar.getValue().equals("exact")) {
            return Optional.of(new Tolerance(Tolerance.Kind.EXACT, 0, "given in the claim file"));
        }
        if (!(node instanceof MappingNode)) {
            return fields.problem("tolerance", node, "exact, {absolute: x} or {relative: r}");
        }
        Optional<Fields> given = Fields.of(fields.file(), fields.child("tolerance"), node, fields.problems());
        if (given.isEmpty()) {
            return Optional.empty();
        }
        given.get().allowOnly(TOLERANCE_FIELDS);
        if (given.get().has("absolute")) {
            return given.get().number("absolute", true).flatMap(amount -> amount >= 0
                    ? Optional.of(new Tolerance(Tolerance.Kind.ABSOLUTE,
                    amount * figure.quantity().unit().factorToBase(), "given in the claim file"))
                    : given.get().problem("absolute", given.get().node("absolute").orElseThrow(), "a number >= 0"));
        }
        return given.get().number("relative", true).flatMap(amount -> amount >= 0 && amount < 1
                ? Optional.of(new Tolerance(Tolerance.Kind.RELATIVE, amount, "given in the claim file"))
                : given.get().problem("relative", given.get().node("relative").orElseThrow(), "a number in [0, 1)"));
    }
}
