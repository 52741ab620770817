package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every command answers --help with its usage and exit 0, and an unknown option with the usage and exit 2. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "model", "quantize", "scan", "checks"})
    void should_print_the_usage_of_each_command_for_help(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: claimcheck " + command);
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"audit, claims/deepseek-v3-article", "model, claims/library/models/deepseek-v3/config.json",
        "quantize, --format=E4M3", "scan, claims/deepseek-v3-article/article.txt"})
    void should_exit_2_with_the_usage_for_an_unknown_option(String command, String required) {
        assertThat(run(command, required, "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'")
                .contains("Usage: claimcheck " + command);
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void should_exit_2_with_the_usage_for_an_unknown_option_of_checks() {
        assertThat(run("checks", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--no-such-option'").contains("Usage: claimcheck checks");
    }

    @Test
    void should_exit_2_without_a_command() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing a command: audit, model, quantize or scan")
                .contains("Usage: claimcheck");
    }

    @Test
    void should_exit_2_for_an_unknown_command() {
        assertThat(run("audti")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'audti'").contains("Did you mean");
    }

    @Test
    void should_list_the_exit_codes_in_the_main_usage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("0   no claim is flagged").contains("1   some claim is flagged")
                .contains("2   invalid input or usage (file:line:col: field: expected …, got …)")
                .contains("3   internal error");
    }
}
