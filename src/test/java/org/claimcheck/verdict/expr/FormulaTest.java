package org.claimcheck.verdict.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormulaTest {

    @Test
    void should_evaluate_arithmetic_over_named_inputs() {
        // 1 - 8/16 = 0.5
        Formula formula = Formula.parse("1 - fp8 / bf16", Set.of("fp8", "bf16"));
        assertThat(formula.evaluate(Map.of("fp8", 8.0, "bf16", 16.0))).isEqualTo(0.5);
    }

    @Test
    void should_name_the_inputs_when_a_variable_is_unknown() {
        assertThatThrownBy(() -> Formula.parse("1 - fp8 / fp16", Set.of("fp8", "bf16")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fp16")
                .hasMessageEndingWith("(the inputs are bf16, fp8)");
    }

    @Test
    void should_yield_nan_for_division_by_zero() {
        Formula formula = Formula.parse("a / b", Set.of("a", "b"));
        assertThat(formula.evaluate(Map.of("a", 1.0, "b", 0.0))).isNaN();
    }
}
