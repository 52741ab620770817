package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QuantizeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String input, String... args) {
        CommandLine command = new CommandLine(new QuantizeCommand(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void should_round_each_line_to_e4m3_and_saturate_by_default() {
        // FP8F / OCP: 448 is E4M3's maximum, so 1000 and Infinity saturate; 0.3 → 0.3125 (1.25·2^-2, hand-derived);
        // 2^-10 ties to 0 and keeps its sign; 464 is the midpoint above 448 and ties down to it
        int status = run("0.3\n1000\nInfinity\n-0.0009765625\n464\nNaN\n-0\n", "--format", "E4M3");
        assertThat(status).isZero();
        assertThat(out.toString().lines()).containsExactly("0.3125", "448.0", "448.0", "-0.0", "448.0", "NaN", "-0.0");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void should_give_nan_for_e4m3_and_infinity_for_the_others_in_nan_mode() {
        assertThat(run("1000\n-Infinity\n", "--format", "e4m3", "--overflow", "nan")).isZero();
        assertThat(run("61440\n-1e6\n", "--format", "E5M2", "--overflow", "nan")).isZero();
        // E5M2: 61440 is the midpoint above 57344 and ties to the even code, infinity
        assertThat(out.toString().lines()).containsExactly("NaN", "NaN", "Infinity", "-Infinity");
    }

    @Test
    void should_print_decimals_that_parse_back_to_the_exact_value() {
        // FP16's smallest subnormal is 2^-24; BF16 keeps 8 significant bits of 1/3: 0.333984375 (0x3EAB)
        assertThat(run("5.960464477539063E-8\n0.3333333333333333\n", "--format", "FP16")).isZero();
        assertThat(run("0.3333333333333333\n", "--format", "BF16")).isZero();
        assertThat(out.toString().lines().map(Double::parseDouble))
                .containsExactly(Math.pow(2, -24), 0.333251953125, 0.333984375);
    }

    @Test
    void should_stop_with_status_2_naming_the_line_that_is_not_a_number() {
        int status = run("1.5\nabc\n2\n", "--format", "BF16");
        assertThat(status).isEqualTo(2);
        assertThat(out.toString().lines()).containsExactly("1.5");
        assertThat(err.toString()).isEqualTo(
                "quantize: line 2: expected a decimal number, NaN, Infinity or -Infinity, got \"abc\""
                        + System.lineSeparator());
    }

    @Test
    void should_stop_with_status_2_naming_an_unknown_format_and_the_allowed_ones() {
        int status = run("1\n", "--format", "E3M4");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("quantize: --format: expected one of E4M3, E5M2, BF16, FP16, "
                + "got \"E3M4\"" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void should_stop_with_status_2_on_an_unknown_overflow_mode() {
        assertThat(run("1\n", "--format", "FP16", "--overflow", "wrap")).isEqualTo(2);
        assertThat(err.toString()).contains("--overflow: expected one of saturate, nan, got \"wrap\"");
    }

    @Test
    void should_be_a_usage_error_without_a_format() {
        assertThat(run("1\n")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--format=FORMAT'");
    }
}
