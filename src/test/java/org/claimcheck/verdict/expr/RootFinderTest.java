package org.claimcheck.verdict.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RootFinderTest {

    @Test
    void should_find_the_dense_size_that_makes_an_84_percent_cut() {
        // 1 - 37/x = 0.84  =>  x = 37 / 0.16 = 231.25 (FACTS.md D2: "about 231B")
        double root = RootFinder.solve(x -> 1 - 37.0 / x, 0.84, 405.0, true).orElseThrow();
        assertThat(root).isCloseTo(231.25, within(1e-9));
    }

    @Test
    void should_widen_the_bracket_far_from_the_start() {
        // x^2 = 1e10  =>  x = 1e5, searched from 1
        assertThat(RootFinder.solve(x -> x * x, 1e10, 1.0, true).orElseThrow()).isCloseTo(1e5, within(1e-6));
    }

    @Test
    void should_search_negative_values_when_allowed() {
        // 2x + 10 = 0  =>  x = -5
        assertThat(RootFinder.solve(x -> 2 * x + 10, 0, 3.0, false).orElseThrow()).isCloseTo(-5.0, within(1e-9));
    }

    @Test
    void should_report_no_root_when_the_target_is_out_of_reach() {
        // 1 - 37/x < 1 for every positive x: a cut of 120% is impossible
        assertThat(RootFinder.solve(x -> 1 - 37.0 / x, 1.2, 405.0, true)).isEmpty();
    }
}
