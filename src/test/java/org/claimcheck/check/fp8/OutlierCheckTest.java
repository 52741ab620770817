package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.check.Plot;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.api.Test;

class OutlierCheckTest {

    private final OutlierCheck check = new OutlierCheck();

    @Test
    void should_lose_less_with_tiles_than_with_one_tensor_scale_when_channels_have_outliers() throws Exception {
        // With 4 outlier channels in 1024, at most 4 of 8 tiles per token hold one; the others get a scale ~100× larger
        // and so the values stay clear of E4M3's subnormals. The tile result must therefore not be worse.
        double tensor = value(Map.of("strategy", "per-tensor", "outlier_scale", 1e4));
        double tile = value(Map.of("strategy", "tile-1x128", "outlier_scale", 1e4));
        assertThat(tile).isGreaterThan(tensor);
    }

    @Test
    void should_flush_regular_values_in_e4m3_but_not_in_e5m2_under_one_tensor_scale() throws Exception {
        // Outliers ×1e4 put the tensor amax near 4e4. E4M3 then flushes regular values below 2^-10 · 4e4 / 448 ≈
        // 0.09σ (a few percent of N(0, 1)); E5M2 only below 2^-17 · 4e4 / 57344 ≈ 5e-6σ (practically none).
        Map<String, Object> common = Map.of("outlier_scale", 1e4, "metric", "flushed-share",
                "population", "regular");
        double e4m3 = value(with(common, "format", "E4M3", "strategy", "per-tensor"));
        double e5m2 = value(with(common, "format", "E5M2", "strategy", "per-tensor"));
        double tiles = value(with(common, "format", "E4M3", "strategy", "tile-1x128"));
        assertThat(e4m3).isBetween(0.01, 0.10);
        assertThat(e5m2).isLessThan(1e-3);
        assertThat(tiles).isLessThan(e4m3 / 3);
    }

    @Test
    void should_flush_no_value_of_a_plain_gaussian_with_tile_scaling() throws Exception {
        // A 1×128 tile of N(0, 1) has amax ≈ 2.5–4; the smallest magnitudes that flush are below
        // amax · 2^-10 / 448 ≈ 2e-5, which 16 × 1024 draws reach with probability ≈ 16384 · 1.6e-5 ≈ 0.3 per seed:
        // the share stays far below 1e-3
        double flushed = value(Map.of("strategy", "tile-1x128", "metric", "flushed-share", "outlier_channels", 0));
        assertThat(flushed).isLessThan(1e-3);
    }

    @Test
    void should_saturate_outliers_when_casting_without_a_scale() throws Exception {
        // outlier channels ×1000 of N(0, 1) exceed E4M3's 448 wherever |z| > 0.448, i.e. for about 65% of their values
        double overflows = value(Map.of("strategy", "none", "metric", "overflow-count", "outlier_scale", 1000));
        assertThat(overflows).isGreaterThan(0);
        assertThat(check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(Map.of("metric", "overflow-count")))
                .quantity().unit()).isEqualTo(Unit.COUNT);
    }

    @Test
    void should_plot_each_format_over_the_five_strategies() throws Exception {
        Measurement measurement = check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(Map.of("format", "BF16")));
        Plot plot = measurement.plots().get(0);
        assertThat(plot.series()).extracting(Plot.Series::name).containsExactly("E4M3", "E5M2", "BF16");
        assertThat(plot.series().get(0).labels())
                .containsExactly("none", "per-tensor", "per-row", "tile-1x128", "block-128x128");
        assertThat(measurement.steps()).anySatisfy(step -> assertThat(step).contains("95% CI"));
    }

    @Test
    void should_give_the_same_numbers_for_the_same_seed() throws Exception {
        Map<String, Object> parameters = Map.of("seed", 99L, "distribution", "student-t");
        assertThat(Double.doubleToRawLongBits(value(parameters)))
                .isEqualTo(Double.doubleToRawLongBits(value(parameters)));
    }

    @Test
    void should_name_the_allowed_strategies() {
        assertThatThrownBy(() -> value(Map.of("strategy", "per-layer")))
                .isInstanceOf(CheckException.class)
                .hasMessage("strategy: expected one of none, per-tensor, per-row, tile-1x128, block-128x128, "
                        + "got \"per-layer\"");
    }

    @Test
    void should_name_the_range_of_a_number_parameter() {
        assertThatThrownBy(() -> value(Map.of("outlier_scale", 0.5)))
                .isInstanceOf(CheckException.class)
                .hasMessage("outlier_scale: expected a number in [1, 1000000], got 0.5");
    }

    @Test
    void should_refuse_a_tensor_too_large_for_an_audit() {
        assertThatThrownBy(() -> value(Map.of("tokens", 4096, "channels", 65_536)))
                .isInstanceOf(CheckException.class)
                .hasMessage("tokens: expected tokens × channels ≤ 4194304, got 4096 × 65536");
    }

    @Test
    void should_need_two_seeds_for_an_interval() {
        assertThatThrownBy(() -> value(Map.of("seeds", 1)))
                .isInstanceOf(CheckException.class)
                .hasMessage("seeds: expected an integer in [2, 100], got 1");
    }

    private static Map<String, Object> with(Map<String, Object> common, String k1, Object v1, String k2, Object v2) {
        Map<String, Object> all = new java.util.HashMap<>(common);
        all.put(k1, v1);
        all.put(k2, v2);
        return all;
    }

    private double value(Map<String, ?> parameters) throws CheckException {
        return check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(parameters)).quantity().value();
    }
}
