package org.claimcheck.check.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.check.Check;
import org.claimcheck.check.CheckContext;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameter;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Quantity;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;

class MfuCheckTest {

    private final MfuCheck check = new MfuCheck();
    /** DeepSeek-V3 activates 37B parameters per token (R §4.2, p.22). */
    private static final double PUBLISHED_ACTIVE_PARAMS = 37e9;

    /** The library, with model.active-params answered by the published 37B, so that the cost arithmetic stands alone. */
    private final CheckContext context = LibraryFixture.with(List.of(new PublishedActiveParams()));

    /** The MFU of DeepSeek-V3's pre-training. */
    private Measurement run(Map<String, Object> with) throws CheckException {
        Map<String, Object> parameters = new HashMap<>(Map.of("model", "deepseek-v3"));
        parameters.putAll(with);
        return check.run(context, Parameters.of(parameters));
    }

    /** A stand-in for model.active-params that gives R's published count. */
    private static final class PublishedActiveParams implements Check {
        @Override
        public String kind() {
            return "model.active-params";
        }

        @Override
        public String summary() {
            return "R's published activated parameters";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.required("config", "a model name", "ignored"));
        }

        @Override
        public Measurement run(CheckContext context, Parameters parameters) {
            SourcedValue published = new SourcedValue("activated parameters", PUBLISHED_ACTIVE_PARAMS,
                    Unit.PARAMETERS, new Source("R", "§4.2, p.22"));
            return Measurement.of(Quantity.of(PUBLISHED_ACTIVE_PARAMS, Unit.PARAMETERS), List.of(published),
                    List.of("stand-in: published figure"));
        }
    }

    @Test
    void should_give_training_flops_by_the_6nd_rule() throws CheckException {
        // FACTS.md D4: 6 × 37e9 × 14.8e12 = 3.2856e24 FLOPs
        Measurement measurement = run(Map.of("metric", "training-flops"));

        assertThat(measurement.quantity().unit()).isEqualTo(Unit.FLOPS);
        assertThat(measurement.quantity().value()).isCloseTo(3.2856e24, within(1e18));
    }

    @Test
    void should_give_achieved_tflops_per_gpu() throws CheckException {
        // 3.2856e24 / (2.664e6 h × 3,600 s = 9.5904e9 s) = 3.42593e14 FLOP/s = 342.59 TFLOP/s (D4: 342.6)
        assertThat(run(Map.of("metric", "achieved-tflops")).quantity().value()).isCloseTo(342.593, within(1e-3));
    }

    @Test
    void should_give_mfu_against_the_bf16_peak() throws CheckException {
        // FACTS.md D4: 342.593 / 989.5 = 0.34623 (34.6%)
        Measurement measurement = run(Map.of());

        assertThat(measurement.quantity().value()).isCloseTo(0.34623, within(1e-5));
        assertThat(measurement.inputs()).extracting(input -> input.source().document())
                .containsExactly("R", "R", "R", "H800");
    }

    @Test
    void should_give_mfu_against_the_fp8_peak() throws CheckException {
        // FACTS.md D4: 342.593 / 1,979 = 0.17311 (17.3%)
        assertThat(run(Map.of("precision", "fp8")).quantity().value()).isCloseTo(0.17311, within(1e-5));
    }

    @Test
    void should_give_the_same_mfu_from_the_computed_active_parameters_of_the_stand_in() throws CheckException {
        // the stand-in answers model.active-params with the published 37B, so the result is D4's 34.6% again
        Measurement measurement = run(Map.of("active_params", "computed"));

        assertThat(measurement.quantity().value()).isCloseTo(0.34623, within(1e-5));
        assertThat(measurement.inputs()).anySatisfy(input -> assertThat(input.source().document()).isEqualTo("CFG"));
    }

    @Test
    void should_give_mfu_from_the_hardware_paper_flops_per_token() throws CheckException {
        // 250e9 × 14.8e12 = 3.7e24 FLOPs; / 9.5904e9 s = 385.80 TFLOP/s; / 989.5 = 0.38989 (HW's own MFU: 38.94%)
        assertThat(run(Map.of("flops", "hw-per-token")).quantity().value()).isCloseTo(0.38989, within(1e-5));
    }

    @Test
    void should_plot_four_readings() throws CheckException {
        assertThat(run(Map.of()).plots()).singleElement()
                .satisfies(plot -> assertThat(plot.series().get(0).y()).hasSize(4));
    }
}
