package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.junit.jupiter.api.Test;

class OutlierFormatCheckTest {

    private final OutlierFormatCheck check = new OutlierFormatCheck();

    private static String property(Measurement measurement) {
        return ((Measurement.Stated) measurement.outcome()).property();
    }

    @Test
    void should_find_that_e5m2_keeps_more_regular_values_under_one_tensor_scale() throws CheckException {
        // One scale per tensor maps the outlier amax (about 1e4 × 4σ = 4e4) to the format's maximum. E4M3 flushes a
        // value below half its smallest subnormal, amax · 2^-10 / 448 ≈ 4e4 · 2.2e-6 ≈ 0.085: a few per cent of the
        // regular N(0,1) values (P(|z| < 0.085) ≈ 0.07 at that amax); E5M2 flushes only below
        // amax · 2^-17 / 57344 ≈ 4e4 · 1.3e-10 ≈ 5e-6, almost none (FP8F Table 1 constants; worked by hand).
        Measurement result = check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(Map.of("seeds", 2)));
        assertThat(property(result)).isEqualTo("e5m2-flushes-less");
    }

    @Test
    void should_agree_with_the_two_e1_runs_it_compares() throws CheckException {
        // a second method: run E1 directly for each format with the same parameters and compare the two shares
        Map<String, Object> common = Map.of("strategy", "tile-1x128", "outlier_scale", 100.0, "seeds", 2,
                "metric", "flushed-share", "population", "regular");
        double e4m3 = e1(common, "E4M3");
        double e5m2 = e1(common, "E5M2");
        String expected = e4m3 < e5m2 ? "e4m3-flushes-less" : e5m2 < e4m3 ? "e5m2-flushes-less" : "equal";
        Measurement result = check.run(LibraryFixture.with(Fp8Checks.all()),
                Parameters.of(Map.of("strategy", "tile-1x128", "outlier_scale", 100.0, "seeds", 2)));
        assertThat(property(result)).isEqualTo(expected);
    }

    private static double e1(Map<String, Object> common, String format) throws CheckException {
        Map<String, Object> values = new java.util.HashMap<>(common);
        values.put("format", format);
        return new OutlierCheck().run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(values)).quantity().inBase();
    }
}
