package org.claimcheck.verdict;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Assertion;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Fact;
import org.claimcheck.claim.Interpretation;
import org.claimcheck.claim.Method;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.SourceLocation;

/**
 * Derives one interpretation of a claim: runs its check, evaluates its expression, or looks its fact up, and
 * compares the result with the claim.
 */
public final class Deriver {

    private final CheckContext context;
    private final ExpressionEvaluator expressions;

    /**
     * @param context the checks, facts and files
     * @param claims  every claim of the article by id, for {@code claim:} references
     */
    public Deriver(CheckContext context, Map<String, Claim> claims) {
        this.context = context;
        this.expressions = new ExpressionEvaluator(context, claims);
    }

    /**
     * The derivation of {@code interpretation}.
     *
     * @throws InvalidClaimException when the claim's inputs cannot be used
     */
    public Derivation derive(Claim claim, Interpretation interpretation) throws InvalidClaimException {
        String field = "interpretations." + interpretation.id();
        try {
            Measured measured = measure(interpretation);
            Optional<Comparison> comparison = Optional.of(compare(claim, interpretation, measured.measurement()));
            Solution solution = comparison.get().matches() ? Solution.NONE : measured.solution(claim);
            Measurement m = measured.measurement();
            return new Derivation(interpretation, Derivation.Outcome.of(m.outcome()), m.inputs(), m.steps(),
                    m.plots(), comparison, solution);
        } catch (CheckException e) {
            if (e.reason() == CheckException.Reason.UNSTATED) {
                return new Derivation(interpretation, new Derivation.Unstated(e.getMessage()), List.of(),
                        List.of(), List.of(), Optional.empty(), Solution.NONE);
            }
            throw invalid(interpretation.location(), field, e.problems());
        } catch (InputException e) {
            throw invalid(e.location(), field, List.of(e.getMessage()));
        }
    }

    /**
     * The caveats of {@code claim}, each with what it rests on looked up.
     *
     * @param derivations the claim's derivations, for caveats that rest on one
     * @throws InvalidClaimException when a caveat names a fact the library does not hold
     */
    public List<CitedCaveat> caveats(Claim claim, List<Derivation> derivations) throws InvalidClaimException {
        return CaveatCitations.cite(claim, derivations, context);
    }

    private Measured measure(Interpretation interpretation) throws CheckException, InputException {
        Method method = interpretation.method();
        if (method instanceof Method.CheckCall call) {
            return Measured.of(context.measure(call.kind(), Parameters.of(call.parameters())));
        }
        if (method instanceof Method.FactLookup lookup) {
            return Measured.of(factMeasurement(context.fact(lookup.fact())));
        }
        return expressions.evaluate((Method.Expression) method, interpretation.location());
    }

    private static Comparison compare(Claim claim, Interpretation interpretation, Measurement measurement)
            throws CheckException {
        Assertion assertion = claim.assertion();
        Measurement.Outcome outcome = measurement.outcome();
        if (assertion instanceof Assertion.Figure figure && outcome instanceof Measurement.Numeric numeric) {
            try {
                return ClaimComparer.figure(figure, numeric.quantity());
            } catch (IllegalArgumentException e) {
                throw CheckException.invalid("unit mismatch: " + e.getMessage());
            }
        }
        if (assertion instanceof Assertion.Mechanism && outcome instanceof Measurement.Stated stated) {
            return ClaimComparer.property(interpretation, stated.property());
        }
        throw CheckException.invalid(assertion instanceof Assertion.Figure
                ? "expected a derivation that yields a number for a figure claim, got the property \""
                + ((Measurement.Stated) outcome).property() + "\""
                : "expected a derivation that yields a stated property for a mechanism claim, got a number");
    }

    /** A fact as a measurement: a figure or a property with its source; an absence is UNSTATED. */
    static Measurement factMeasurement(Fact fact) throws CheckException {
        Fact.Value value = fact.value();
        if (value instanceof Fact.NotStated notStated) {
            throw CheckException.unstated(fact.name() + " is not stated: " + notStated.searched()
                    + " (" + fact.source().cite() + ")");
        }
        String note = fact.note().isEmpty() ? "" : " — " + fact.note();
        if (value instanceof Fact.Figure figure) {
            SourcedValue input = new SourcedValue(fact.name(), figure.quantity().value(), figure.quantity().unit(),
                    fact.source());
            return Measurement.of(figure.quantity(), List.of(input), List.of(fact.name() + " = "
                    + Display.quantity(figure.quantity(), figure.quantity().unit()) + " (" + fact.source().cite()
                    + ")" + note));
        }
        String property = ((Fact.Property) value).text();
        return Measurement.stated(property, List.of(), List.of(fact.name() + " is \"" + property + "\" ("
                + fact.source().cite() + ")" + note));
    }

    /** One problem line per message: a config with several problems gives several lines. */
    private static InvalidClaimException invalid(SourceLocation location, String field, List<String> messages) {
        return new InvalidClaimException(messages.stream().map(message -> new Problem(location, field, message))
                .toList());
    }
}
