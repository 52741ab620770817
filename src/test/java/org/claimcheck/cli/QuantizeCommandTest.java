package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(err.toString()).isEqualTo("quantize: --format: expected one of E4M3, E5M2, BF16, FP16, FP32, E2M1, "
                + "MXFP4, got \"E3M4\"" + System.lineSeparator());
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

    @Test
    void should_round_to_e2m1_saturating_and_refuse_nan_which_it_lacks() {
        // MX §5.3.3 Table 5: E2M1 holds ±{0, 0.5, 1, 1.5, 2, 3, 4, 6}; 2.5 ties to 2 (even code 0x4), 7 clamps to 6
        assertThat(run("2.5\n-0.8\n7\nInfinity\nNaN\n1\n", "--format", "E2M1")).isEqualTo(2);
        assertThat(out.toString().lines()).containsExactly("2.0", "-1.0", "6.0", "6.0");
        assertThat(err.toString()).isEqualTo("quantize: line 5: expected a decimal number, Infinity or -Infinity "
                + "(E2M1 has no NaN), got \"NaN\"" + System.lineSeparator());
    }

    @Test
    void should_refuse_the_nan_overflow_mode_for_formats_without_nan_or_infinity() {
        assertThat(run("1\n", "--format", "MXFP4", "--overflow", "nan")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("quantize: --overflow: MXFP4 has neither NaN nor infinity and always "
                + "saturates (OCP MX §6.3), got \"nan\"" + System.lineSeparator());
    }

    @Test
    void should_round_each_block_of_32_lines_to_mxfp4_with_its_own_scale() {
        // block 1: 31 lines of 3 and one of 64: amax 64, X = 2^(6-2) = 16; 3/16 rounds to 0, 64/16 = 4 → 64.
        // block 2 (one line): 0.1, X = 2^(-4-2); 0.1·64 = 6.4 clamps to 6 → 6/64 = 0.09375 (MX §6.3)
        String input = "3\n".repeat(31) + "64\n0.1\n";
        assertThat(run(input, "--format", "mxfp4")).isZero();
        assertThat(out.toString().lines()).hasSize(33).startsWith("0.0").endsWith("64.0", "0.09375");
    }

    @Test
    void should_print_no_line_of_a_block_a_bad_line_leaves_unfinished() {
        // the first 32 lines make a block and are printed; the 33rd is waiting for its block when line 34 fails
        assertThat(run("1\n".repeat(33) + "x\n", "--format", "MXFP4")).isEqualTo(2);
        assertThat(out.toString().lines()).hasSize(32).containsOnly("1.0");
        assertThat(err.toString()).startsWith("quantize: line 34: expected a decimal number");
    }

    @Test
    void should_round_to_fp32_as_the_float_cast_does() {
        // 0.1 rounds to the float 0x3DCCCCCD = 0.100000001490116119384765625, printed as the shortest double that
        // parses back to it
        assertThat(run("0.1\n1e39\n", "--format", "FP32")).isZero();
        assertThat(out.toString().lines()).containsExactly(Double.toString((float) 0.1), "3.4028234663852886E38");
    }

    @Test
    void should_refuse_a_line_of_a_megabyte_at_its_1025th_character() {
        // a 1 MiB line is refused as soon as it passes the limit; what came before it is printed
        String input = "0.3\n" + "1".repeat(1 << 20) + "\n";
        assertThat(run(input, "--format", "E4M3")).isEqualTo(2);
        assertThat(out.toString().lines()).containsExactly("0.3125");
        assertThat(err.toString()).isEqualTo("quantize: line 2: expected a line of at most 1024 characters, got a "
                + "longer one" + System.lineSeparator());
    }
    @Test
    void should_read_crlf_lines_blanks_and_a_last_line_without_a_line_break() {
        // 0.3 → 0.3125 and 1.5 exact in E4M3 (hand-derived above); blanks, an em space included, are ignored
        assertThat(run("0.3\r\n 1.5\t\n\u20031.5\n-0.3", "--format", "E4M3")).isZero();
        assertThat(out.toString().lines()).containsExactly("0.3125", "1.5", "1.5", "-0.3125");
    }

    @Test
    void should_refuse_a_plain_decimal_longer_than_1024_characters() {
        // 1,023 zeros and a 1 are 1,024 characters, taken; 1,024 zeros and a 1 are one too many
        assertThat(run("0".repeat(1023) + "1\n" + "0".repeat(1024) + "1\n", "--format", "E4M3")).isEqualTo(2);
        assertThat(out.toString().lines()).containsExactly("1.0");
        assertThat(err.toString()).isEqualTo("quantize: line 2: expected a line of at most 1024 characters, got a "
                + "longer one" + System.lineSeparator());
    }

    @Test
    void should_round_a_long_input_as_its_pieces_round_alone() {
        // given: 100,000 lines (2 MB, many times the read buffer, so that lines straddle its end), among the plain
        // decimals some that take the exact path: NaN, blanks, 20 digits, a CRLF
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            lines.add(i % 1000 == 7 ? " NaN" : i % 1000 == 8 ? "1.0000000000000000001" : i % 1000 == 9 ? "-2.5e-3\r"
                    : Double.toString((i * 0.37 - 17_000) / 3));
        }
        // when
        assertThat(run(String.join("\n", lines) + "\n", "--format", "E5M2")).isZero();
        String whole = out.toString();
        // then: the same as 100 runs of 1,000 lines each (20 KB, read whole, no line straddles a buffer's end)
        StringBuilder pieces = new StringBuilder();
        for (int from = 0; from < lines.size(); from += 1000) {
            out.getBuffer().setLength(0);
            assertThat(run(String.join("\n", lines.subList(from, from + 1000)) + "\n", "--format", "E5M2")).isZero();
            pieces.append(out);
        }
        assertThat(whole.lines().count()).isEqualTo(100_000);
        assertThat(whole).isEqualTo(pieces.toString());
    }
}
