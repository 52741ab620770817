package org.claimcheck.check.fp8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.claimcheck.check.CheckException;
import org.claimcheck.check.LibraryFixture;
import org.claimcheck.check.Measurement;
import org.claimcheck.check.Parameters;
import org.claimcheck.unit.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatCheckTest {

    private final FormatCheck check = new FormatCheck();

    // FP8F Table 1 and FACTS D9: E4M3 max 448, dynamic range 448 / 2^-9 = 229376; E5M2 57344 / 2^-16 = 3758096384.
    @ParameterizedTest
    @CsvSource({"E4M3, max, 448", "E4M3, dynamic-range, 229376", "E5M2, dynamic-range, 3758096384",
            "E5M2, min-subnormal, 1.52587890625e-5", "E4M3, min-normal, 0.015625", "E4M3, bias, 7",
            "E5M2, mantissa-bits, 2", "E4M3, exponent-bits, 4", "BF16, bytes-per-element, 2", "E4M3, bits, 8",
            // IEEE binary32: 32 bits, 4 bytes, max (2 - 2^-23)·2^127; MX §5.3.3 Table 5: E2M1 max 6, min subnormal 0.5,
            // so dynamic range 6 / 0.5 = 12, half a byte per element
            "FP32, bits, 32", "FP32, bytes-per-element, 4", "FP32, max, 3.4028234663852886e38", "E2M1, max, 6",
            "E2M1, dynamic-range, 12", "E2M1, bytes-per-element, 0.5", "E2M1, bias, 1"})
    void should_give_the_published_constant(String format, String property, double expected) throws Exception {
        Measurement measurement = check.run(LibraryFixture.with(Fp8Checks.all()),
                Parameters.of(Map.of("format", format, "property", property)));
        assertThat(measurement.quantity().value()).isEqualTo(expected);
        assertThat(measurement.inputs()).allSatisfy(input -> assertThat(input.source().document()).isNotBlank());
    }

    @Test
    void should_state_that_e4m3_has_no_infinity() throws Exception {
        Measurement measurement = check.run(LibraryFixture.with(Fp8Checks.all()),
                Parameters.of(Map.of("format", "E4M3", "property", "has-infinity")));
        assertThat(measurement.outcome()).isEqualTo(new Measurement.Stated("no-infinity"));
        assertThat(measurement.inputs().get(0).source().cite()).isEqualTo("FP8F, arXiv 2209.05433, Table 1");
    }

    @Test
    void should_report_bits_in_bits() throws Exception {
        Measurement measurement = check.run(LibraryFixture.with(Fp8Checks.all()),
                Parameters.of(Map.of("format", "FP16", "property", "mantissa-bits")));
        assertThat(measurement.quantity().unit()).isEqualTo(Unit.BITS);
    }

    @Test
    void should_name_the_allowed_formats_when_the_format_is_unknown() {
        assertThatThrownBy(() -> check.run(LibraryFixture.with(Fp8Checks.all()),
                Parameters.of(Map.of("format", "E3M4", "property", "max"))))
                .isInstanceOf(CheckException.class)
                .hasMessage("format: expected one of E4M3, E5M2, BF16, FP16, FP32, E2M1, got \"E3M4\"");
    }

    @Test
    void should_ask_for_a_format() {
        assertThatThrownBy(() -> check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(Map.of("property", "max"))))
                .isInstanceOf(CheckException.class)
                .hasMessage("format: expected one of E4M3, E5M2, BF16, FP16, FP32, E2M1, got nothing");
    }

    @Test
    void should_ask_for_a_property() {
        assertThatThrownBy(() -> check.run(LibraryFixture.with(Fp8Checks.all()), Parameters.of(Map.of("format", "E4M3"))))
                .isInstanceOf(CheckException.class)
                .hasMessageStartingWith("property: expected one of max, min-normal,");
    }
}
