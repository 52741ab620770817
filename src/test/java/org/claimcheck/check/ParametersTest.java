package org.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.claimcheck.claim.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParametersTest {

    /** A closed set spelled otherwise than its constants' names. */
    enum Shade implements Named {
        LIGHT_GREY("light-grey"), DARK("dark");

        private final String id;

        Shade(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    @Test
    void should_give_the_fallback_when_an_integer_is_absent() throws CheckException {
        assertThat(Parameters.none().integer("steps", 100, 2, 5000)).isEqualTo(100);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1 | steps: expected an integer in [2, 5000], got 1",
            "5001 | steps: expected an integer in [2, 5000], got 5001"})
    void should_refuse_an_integer_out_of_range(long given, String message) {
        assertThatThrownBy(() -> Parameters.of(Map.of("steps", given)).integer("steps", 100, 2, 5000))
                .isInstanceOf(CheckException.class).hasMessage(message);
    }

    @Test
    void should_accept_the_ends_of_a_range() throws CheckException {
        Parameters parameters = Parameters.of(Map.of("low", 2, "high", 0.1));

        assertThat(parameters.integer("low", 0, 2, 3)).isEqualTo(2);
        assertThat(parameters.number("high", 0, 0, 0.1)).isEqualTo(0.1);
    }

    @Test
    void should_write_whole_bounds_of_a_number_without_decimals() {
        assertThatThrownBy(() -> Parameters.of(Map.of("skew", 3.5)).number("skew", 0.3, 0, 3))
                .isInstanceOf(CheckException.class).hasMessage("skew: expected a number in [0, 3], got 3.5");
    }

    @Test
    void should_refuse_a_word_outside_its_list() {
        assertThatThrownBy(() -> Parameters.of(Map.of("form", "double")).choice("form", "reduction",
                List.of("reduction", "times")))
                .isInstanceOf(CheckException.class)
                .hasMessage("form: expected one of reduction, times, got \"double\"");
    }

    @Test
    void should_read_a_named_constant_by_its_spelling_in_any_case() throws CheckException {
        assertThat(Parameters.of(Map.of("shade", " Light-Grey ")).choice("shade", Shade.DARK))
                .isEqualTo(Shade.LIGHT_GREY);
        assertThat(Parameters.none().choice("shade", Shade.DARK)).isEqualTo(Shade.DARK);
    }

    @Test
    void should_list_the_spellings_for_an_unknown_constant() {
        assertThatThrownBy(() -> Parameters.of(Map.of("shade", "LIGHT_GREY")).choice("shade", Shade.DARK))
                .isInstanceOf(CheckException.class)
                .hasMessage("shade: expected one of light-grey, dark, got \"LIGHT_GREY\"");
    }

    @Test
    void should_require_a_constant_without_a_fallback() {
        assertThatThrownBy(() -> Parameters.none().choice("shade", Shade.class))
                .isInstanceOf(CheckException.class)
                .hasMessage("shade: expected one of light-grey, dark, got nothing");
    }

    @Test
    void should_say_whether_a_value_comes_from_the_claim_or_the_default() {
        Parameters parameters = Parameters.of(Map.of("seed", 7));

        assertThat(parameters.source("seed")).isEqualTo(new Source("claim", "with.seed"));
        assertThat(parameters.source("seeds")).isEqualTo(new Source("claim", "default of the check"));
    }
}
