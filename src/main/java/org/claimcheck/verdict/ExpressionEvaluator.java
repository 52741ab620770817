package org.claimcheck.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.verdict.expr.Formula;
import org.claimcheck.verdict.expr.RootFinder;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.Numbers;
import org.claimcheck.claim.Source;
import org.claimcheck.claim.SourceLocation;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;

/**
 * Evaluates an expression interpretation: resolves each input (a fact, a check's result, another claim's figure) to a
 * value in its dimension's base unit, then evaluates the formula.
 */
final class ExpressionEvaluator {

    private final CheckContext context;
    private final Map<String, Claim> claims;

    ExpressionEvaluator(CheckContext context, Map<String, Claim> claims) {
        this.context = context;
        this.claims = Map.copyOf(claims);
    }

    Measured evaluate(Method.Expression expression, SourceLocation at) throws CheckException, InputException {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Unit> baseUnits = new LinkedHashMap<>();
        List<SourcedValue> inputs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        List<org.claimcheck.check.Plot> plots = new ArrayList<>();
        for (Method.Input input : expression.inputs()) {
            Measurement measured = resolve(input);
            measured.plots().stream().filter(plot -> !plots.contains(plot)).forEach(plots::add);
            Quantity quantity = measured.quantity();
            values.put(input.name(), quantity.inBase());
            baseUnits.put(input.name(), Unit.baseOf(quantity.dimension()));
            inputs.addAll(measured.inputs());
            steps.addAll(measured.steps());
            steps.add(input.name() + " = " + Numbers.format(quantity.inBase()) + " "
                    + Unit.baseOf(quantity.dimension()).symbol());
        }
        Formula formula = parse(expression, at);
        double result = formula.evaluate(values);
        if (!Double.isFinite(result)) {
            throw CheckException.invalid("expression: expected a finite result, got " + result
                    + " (division by zero?) from " + expression.expression());
        }
        steps.add(expression.expression() + " = " + Numbers.format(result) + " " + expression.unit().symbol());
        Measurement measurement = new Measurement(new Measurement.Numeric(Quantity.of(result, expression.unit())),
                inputs, steps, plots);
        Optional<Solver> solver = expression.solveFor().isEmpty() ? Optional.empty()
                : Optional.of(new Solver(formula, values, expression.solveFor(), baseUnits.get(expression.solveFor())));
        return new Measured(measurement, solver);
    }

    private static Formula parse(Method.Expression expression, SourceLocation at) throws InputException {
        try {
            return Formula.parse(expression.expression(),
                    new java.util.HashSet<>(expression.inputs().stream().map(Method.Input::name).toList()));
        } catch (IllegalArgumentException e) {
            throw new InputException(at, "expression: expected a formula over the inputs, got \""
                    + expression.expression() + "\": " + e.getMessage());
        }
    }

    private Measurement resolve(Method.Input input) throws CheckException, InputException {
        Method.Reference reference = input.reference();
        Measurement measurement;
        if (reference instanceof Method.FactRef fact) {
            measurement = Deriver.factMeasurement(context.fact(fact.fact()));
        } else if (reference instanceof Method.CheckRef check) {
            measurement = context.measure(check.kind(), Parameters.of(check.parameters()));
        } else {
            measurement = claimFigure(input, ((Method.ClaimRef) reference).claimId());
        }
        if (!(measurement.outcome() instanceof Measurement.Numeric)) {
            throw new InputException(input.location(), "inputs." + input.name()
                    + ": expected a number, got a stated property");
        }
        return measurement;
    }

    private Measurement claimFigure(Method.Input input, String claimId) throws InputException {
        Claim claim = claims.get(claimId);
        if (claim == null || !(claim.assertion() instanceof Assertion.Figure figure)) {
            throw new InputException(input.location(), "inputs." + input.name() + ": expected the id of a figure "
                    + "claim of this article, got \"" + claimId + "\"");
        }
        Quantity quantity = figure.figure().quantity();
        Source source = new Source("article", claim.location() + " (\"" + claim.quote() + "\")");
        return Measurement.of(quantity, List.of(new SourcedValue("claim " + claimId, quantity.value(),
                quantity.unit(), source)), List.of("claim " + claimId + " asserts " + figure.figure().text()));
    }

    /** Solves for the free input of an expression. */
    record Solver(Formula formula, Map<String, Double> values, String free, Unit unit) {

        /** The value of the free input that gives the claim's figure, or that there is none. */
        Solution solve(Assertion.Figure claim) {
            double current = values.get(free);
            double target = claim.figure().quantity().inBase();
            Optional<Double> root = RootFinder.solve(x -> {
                Map<String, Double> with = new LinkedHashMap<>(values);
                with.put(free, x);
                return formula.evaluate(with);
            }, target, current, current > 0);
            return root.<Solution>map(x -> new Solution.Solved(claim.figure(), free, Quantity.of(x, unit),
                    Quantity.of(current, unit))).orElse(new Solution.Unsolvable(claim.figure(), free));
        }
    }
}
