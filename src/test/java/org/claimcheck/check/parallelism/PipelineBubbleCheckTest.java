package org.claimcheck.check.parallelism;

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

class PipelineBubbleCheckTest {

    private final PipelineBubbleCheck check = new PipelineBubbleCheck();
    private final CheckContext context = LibraryFixture.alone();

    private Measurement run(Map<String, Object> with) throws CheckException {
        return check.run(context, Parameters.of(with));
    }

    @ParameterizedTest(name = "{0} F&B {1}")
    @CsvSource({
            // FACTS.md D6, PP 16, F 1, B 2, W 1: 1F1B 15 × 3 = 45; ZB1P 15 × (3 - 2) = 15;
            // DualPipe (8 - 1) × (3 + 2 - 3) = 14, and with perfect overlap F&B = 2: 7 × (2 + 2 - 3) = 7
            "1f1b, 3, 45",
            "zb1p, 3, 15",
            "dualpipe, 3, 14",
            "dualpipe, 2, 7"})
    void should_give_the_bubble_times_worked_by_hand(String schedule, double overlapped, double expected)
            throws CheckException {
        Measurement measurement = run(Map.of("schedule", schedule, "metric", "bubble-time",
                "overlapped_time", overlapped));

        assertThat(measurement.quantity().value()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void should_say_that_the_report_and_the_readme_state_the_same_formula() throws CheckException {
        assertThat(run(Map.of("metric", "bubble-time")).steps().get(0))
                .isEqualTo("R Table 2 (p.13) and the DualPipe README (DP) both state (PP/2-1)(F&B+B-3W)");
    }

    @Test
    void should_take_pp_16_from_the_report_by_default() throws CheckException {
        Measurement measurement = run(Map.of("metric", "bubble-time"));

        assertThat(measurement.inputs().get(0).value()).isEqualTo(16.0);
        assertThat(measurement.inputs().get(0).source().cite()).startsWith("R, §3.2, p.12");
    }

    @ParameterizedTest(name = "{0} m {1}")
    @CsvSource({
            // 1F1B, PP 16, m 32: 15 / (32 + 15) = 0.319149
            "1f1b, 32, bubble-share, 0.319149",
            // DualPipe, PP 16, m 32: 14 / (32 × 3 + 14) = 14 / 110 = 0.127273
            "dualpipe, 32, bubble-share, 0.127273",
            // utilisation 1 - 14/110 = 0.872727
            "dualpipe, 32, utilisation, 0.872727",
            // ZB1P, PP 16, m 64: 15 / (64 × 3 + 15) = 15 / 207 = 0.072464
            "zb1p, 64, bubble-share, 0.072464"})
    void should_give_bubble_shares_worked_by_hand(String schedule, int microBatches, String metric, double expected)
            throws CheckException {
        Measurement measurement = run(Map.of("schedule", schedule, "micro_batches", microBatches, "metric", metric));

        assertThat(measurement.quantity().unit()).isEqualTo(Unit.RATIO);
        assertThat(measurement.quantity().value()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void should_agree_with_the_simulation_for_1f1b() throws CheckException {
        Map<String, Object> with = Map.of("schedule", "1f1b", "micro_batches", 24, "pp", 8);

        double closedForm = run(with).quantity().value();
        double simulated = run(Map.of("schedule", "1f1b", "micro_batches", 24, "pp", 8, "method", "simulation"))
                .quantity().value();

        // 7 / (24 + 7) = 0.225806 both ways
        assertThat(closedForm).isCloseTo(0.225806, within(1e-6));
        assertThat(simulated).isCloseTo(closedForm, within(1e-12));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // R Table 2, p.13 at PP 16: parameters 1x / 1x / 2x; activations PP / PP / PP + 1
            "1f1b, parameter-multiplier, 1",
            "dualpipe, parameter-multiplier, 2",
            "zb1p, activation-multiplier, 16",
            "dualpipe, activation-multiplier, 17"})
    void should_read_the_memory_multipliers(String schedule, String metric, double expected) throws CheckException {
        Measurement measurement = run(Map.of("schedule", schedule, "metric", metric));

        assertThat(measurement.quantity().unit()).isEqualTo(Unit.TIMES);
        assertThat(measurement.quantity().value()).isEqualTo(expected);
    }

    @Test
    void should_plot_three_closed_forms_and_the_simulation() throws CheckException {
        Measurement measurement = run(Map.of("metric", "bubble-time"));

        assertThat(measurement.plots()).singleElement().satisfies(plot -> assertThat(plot.series())
                .extracting(series -> series.name()).containsExactly("1F1B (closed form)", "ZB1P (closed form)",
                        "DualPipe (closed form)", "1F1B (simulation)"));
    }

    @Test
    void should_call_a_share_without_micro_batches_unstated() {
        // the share depends on the micro-batch count, which R does not state: the derivation is unsupported, not
        // a broken claim file
        assertThatThrownBy(() -> run(Map.of("schedule", "1f1b")))
                .isInstanceOf(CheckException.class)
                .satisfies(e -> assertThat(((CheckException) e).reason()).isEqualTo(CheckException.Reason.UNSTATED))
                .hasMessage("a bubble share needs the number of micro-batches per iteration, which R does not state "
                        + "(give micro_batches in [1, 65536] to compute it for an assumed count)");
    }

    @Test
    void should_refuse_an_odd_micro_batch_count_for_dualpipe() {
        assertThatThrownBy(() -> run(Map.of("micro_batches", 7)))
                .isInstanceOf(CheckException.class)
                .hasMessage("micro_batches: expected an even number for dualpipe (R p.13), got 7");
    }

    @Test
    void should_refuse_a_simulation_of_another_schedule() {
        assertThatThrownBy(() -> run(Map.of("schedule", "zb1p", "micro_batches", 8, "method", "simulation")))
                .isInstanceOf(CheckException.class)
                .hasMessage("method: simulation is implemented for 1f1b only, got zb1p");
    }

    @Test
    void should_refuse_a_simulation_too_large_to_run_in_an_audit() {
        assertThatThrownBy(() -> run(Map.of("schedule", "1f1b", "pp", 1024, "micro_batches", 65_536,
                "method", "simulation")))
                .isInstanceOf(CheckException.class)
                .hasMessage("micro_batches: a simulation needs pp × micro_batches <= 1000000, got 1024 × 65536");
    }

    @Test
    void should_refuse_times_that_make_the_bubble_negative() {
        // ZB1P with F 1, B 2, W 2: F + B - 2W = -1
        assertThatThrownBy(() -> run(Map.of("schedule", "zb1p", "micro_batches", 8, "weight_time", 2)))
                .isInstanceOf(CheckException.class)
                .hasMessage("weight_time: ZB1P bubble (PP-1)(F+B-2W) is negative for these times");
    }
}
