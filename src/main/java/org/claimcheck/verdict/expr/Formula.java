package org.claimcheck.verdict.expr;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;

/**
 * A formula over named variables ({@code 1 - active / dense}), parsed once and evaluated for given values. Supports
 * + − × ÷, powers ({@code ^}), parentheses and exp4j's functions (abs, log, sqrt, min, max …).
 */
public final class Formula {

    private final String text;
    private final Set<String> variables;

    private Formula(String text, Set<String> variables) {
        this.text = text;
        this.variables = variables;
    }

    /**
     * Parses a formula whose variables must all be among {@code variables}.
     *
     * @throws IllegalArgumentException with a message for people when the text is not a formula or uses a variable
     *                                  not declared
     */
    public static Formula parse(String text, Set<String> variables) {
        Objects.requireNonNull(text, "text");
        try {
            Expression expression = new ExpressionBuilder(text).variables(variables).build();
            ValidationResult validation = expression.validate(false);
            if (!validation.isValid()) {
                throw new IllegalArgumentException(String.join("; ", validation.getErrors()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(message(e, variables), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a formula: " + e.getMessage(), e);
        }
        return new Formula(text, Set.copyOf(variables));
    }

    /**
     * The formula's value for these variable values.
     *
     * @param values a value for every declared variable
     * @return the result; NaN or infinite when the arithmetic is undefined (division by zero)
     */
    public double evaluate(Map<String, Double> values) {
        Expression expression = new ExpressionBuilder(text).variables(variables).build();
        values.forEach(expression::setVariable);
        try {
            return expression.evaluate();
        } catch (ArithmeticException e) {
            return Double.NaN;
        }
    }

    /** The formula's text. */
    public String text() {
        return text;
    }

    private static String message(IllegalArgumentException e, Set<String> variables) {
        String detail = String.valueOf(e.getMessage());
        List<String> declared = List.copyOf(new TreeSet<>(variables));
        if (detail.contains("Unknown function or variable")) {
            return detail + " (the inputs are " + String.join(", ", declared) + ")";
        }
        return detail;
    }
}
