package org.claimcheck.claim;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimcheck.unit.Unit;

/** How an interpretation is derived: a check, an expression over named quantities, or a fact as stated. */
public sealed interface Method permits Method.CheckCall, Method.Expression, Method.FactLookup {

    /**
     * Runs a check of the registry.
     *
     * @param kind       the check's kind
     * @param parameters its parameters, as YAML gave them
     */
    record CheckCall(String kind, Map<String, Object> parameters) implements Method {
        public CheckCall {
            Objects.requireNonNull(kind, "kind");
            parameters = Map.copyOf(parameters);
        }
    }

    /**
     * Arithmetic over named quantities, each in its dimension's base unit.
     *
     * @param expression the formula, e.g. {@code 1 - active / dense}
     * @param inputs     each variable of the formula and where its value comes from, in file order
     * @param unit       the unit of the result
     * @param solveFor   the input to solve for when the claim does not follow, or empty
     */
    record Expression(String expression, List<Input> inputs, Unit unit, String solveFor) implements Method {
        public Expression {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(solveFor, "solveFor");
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * A fact of the library, as stated.
     *
     * @param fact its qualified name
     */
    record FactLookup(String fact) implements Method {
        public FactLookup {
            Objects.requireNonNull(fact, "fact");
        }
    }

    /**
     * One variable of an expression.
     *
     * @param name      the variable name in the formula
     * @param reference where its value comes from
     * @param location  where it is written
     */
    record Input(String name, Reference reference, SourceLocation location) {
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(location, "location");
        }
    }

    /** Where an input's value comes from. */
    sealed interface Reference permits FactRef, CheckRef, ClaimRef {
    }

    /** A fact of the library. */
    record FactRef(String fact) implements Reference {
        public FactRef {
            Objects.requireNonNull(fact, "fact");
        }
    }

    /** The numeric result of a check. */
    record CheckRef(String kind, Map<String, Object> parameters) implements Reference {
        public CheckRef {
            Objects.requireNonNull(kind, "kind");
            parameters = Map.copyOf(parameters);
        }
    }

    /** The figure another claim of the same article asserts, for checks of consistency between claims. */
    record ClaimRef(String claimId) implements Reference {
        public ClaimRef {
            Objects.requireNonNull(claimId, "claimId");
        }
    }
}
