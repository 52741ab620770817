package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AblationCheckTest {

    private final AblationCheck check = new AblationCheck();
    private final CheckContext context = LibraryFixture.alone();

    private Measurement run(Map<String, Object> with) throws CheckException {
        return check.run(context, Parameters.of(with));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // R Table 5 p.27, nine accuracy rows, by hand. Small gains: +2.0 +0.8 +0.9 +0.2 +0.2 +0.6 -0.8 +2.5 +0.2
            // = 6.6 points / 9 = 0.7333 (FACTS.md D11: +0.73); best +2.5 (GSM8K 27.1 → 29.6), 2.5/27.1 = 0.092251
            "small, mean-gain-points, 0.733333",
            "small, best-gain-points, 2.5",
            "small, best-relative-gain, 0.092251",
            // Large gains: +1.2 -1.1 0 +1.0 +1.0 +6.1 +2.0 +3.8 +2.4 = 16.4 / 9 = 1.8222 (D11: +1.82);
            // best +6.1 (HumanEval 40.2 → 46.3), 6.1/40.2 = 0.151741
            "large, mean-gain-points, 1.822222",
            "large, best-gain-points, 6.1",
            "large, best-relative-gain, 0.151741",
            // mean of the nine relative gains: small 0.024555 (D11: +2.5%), large 0.039730 (D11: +4.0%)
            "small, mean-relative-gain, 0.024555",
            "large, mean-relative-gain, 0.039730"})
    void should_reproduce_the_gains_worked_by_hand(String scale, String metric, double expected)
            throws CheckException {
        assertThat(run(Map.of("scale", scale, "metric", metric)).quantity().value()).isCloseTo(expected,
                within(1e-6));
    }

    @Test
    void should_count_one_row_worse_in_each_scale() throws CheckException {
        // small: MBPP 36.6 → 35.8; large: MMLU 68.3 → 67.2 (DROP large is equal, not worse)
        Measurement small = run(Map.of("scale", "small", "metric", "rows-worse"));
        Measurement large = run(Map.of("scale", "large", "metric", "rows-worse"));

        assertThat(small.quantity().unit()).isEqualTo(Unit.COUNT);
        assertThat(small.quantity().value()).isEqualTo(1.0);
        assertThat(large.quantity().value()).isEqualTo(1.0);
    }

    @Test
    void should_cite_table_5_for_every_input_and_leave_out_the_bpb_row() throws CheckException {
        Measurement measurement = run(Map.of());

        assertThat(measurement.inputs()).hasSize(18)
                .allSatisfy(input -> assertThat(input.source().cite()).startsWith("R, Table 5, p.27"))
                .noneSatisfy(input -> assertThat(input.name()).contains("BPB"));
        assertThat(measurement.plots()).singleElement()
                .satisfies(plot -> assertThat(plot.series().get(0).y()).hasSize(9));
    }

    @Test
    void should_refuse_an_unknown_scale() {
        assertThatThrownBy(() -> run(Map.of("scale", "medium")))
                .isInstanceOf(CheckException.class)
                .hasMessage("scale: expected one of small, large, got \"medium\"");
    }
}
