package org.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;

class InputsTest {

    private static final SourcedValue REPORTED = new SourcedValue("experts", 256, Unit.EXPERTS,
            new Source("R", "§4.2, p.22"));

    @Test
    void should_record_each_value_with_its_source_in_the_order_read() throws CheckException {
        // given
        Inputs inputs = new Inputs(Parameters.of(Map.of("steps", 50)));

        // when
        inputs.integer("steps", 100, 2, 5000, Unit.COUNT);
        inputs.number("skew", 0.3, 0, 3, Unit.RATIO);

        // then
        assertThat(inputs.recorded()).containsExactly(
                new SourcedValue("steps", 50, Unit.COUNT, new Source("claim", "with.steps")),
                new SourcedValue("skew", 0.3, Unit.RATIO, new Source("claim", "default of the check")));
    }

    @Test
    void should_take_the_library_figure_when_the_claim_gives_none() throws CheckException {
        Inputs inputs = new Inputs(Parameters.none());

        assertThat(inputs.integerOr("experts", 2, 4096, Unit.EXPERTS, () -> REPORTED)).isEqualTo(256);
        assertThat(inputs.recorded()).containsExactly(REPORTED);
    }

    @Test
    void should_prefer_the_claim_to_the_library_figure_and_never_read_the_figure() throws CheckException {
        Inputs inputs = new Inputs(Parameters.of(Map.of("experts", 64)));

        long experts = inputs.integerOr("experts", 2, 4096, Unit.EXPERTS, () -> {
            throw CheckException.unstated("read although the claim gives experts");
        });

        assertThat(experts).isEqualTo(64);
        assertThat(inputs.recorded()).singleElement().extracting(SourcedValue::source)
                .isEqualTo(new Source("claim", "with.experts"));
    }

    @Test
    void should_check_the_range_of_a_given_value_only() {
        Inputs inputs = new Inputs(Parameters.of(Map.of("gamma", 0.5)));

        assertThatThrownBy(() -> inputs.numberOr("gamma", 0, 0.1, Unit.RATIO, () -> REPORTED))
                .isInstanceOf(CheckException.class).hasMessage("gamma: expected a number in [0, 0.1], got 0.5");
    }

    @Test
    void should_say_why_a_default_is_assumed_and_name_a_given_value_plainly() throws CheckException {
        Inputs inputs = new Inputs(Parameters.of(Map.of("backward_time", 3)));

        inputs.assumed("forward_time", 1.0, 0, 10, Unit.COUNT, "R states no chunk times");
        inputs.assumed("backward_time", 2.0, 0, 10, Unit.COUNT, "R states no chunk times");

        assertThat(inputs.recorded()).extracting(SourcedValue::source).containsExactly(
                new Source("claim", "default of the check (R states no chunk times)"),
                new Source("claim", "with.backward_time"));
    }
}
