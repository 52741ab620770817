package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
    @ValueSource(strings = {"audit", "model", "quantize", "scan", "checks", "init"})
    void should_build_only_the_command_named_first_and_print_its_usage_as_with_all_commands_built(String command) {
        // given: the usage printed by a command line that holds every command, as picocli builds it with no args
        StringWriter allOut = new StringWriter();
        CommandLine all = Main.commandLine(new PrintWriter(allOut, true), new PrintWriter(err, true), false);
        assertThat(all.getSubcommands()).hasSize(7);
        assertThat(Main.execute(all, false, command, "--help")).isZero();
        // when
        int exit = run(command, "--help");
        // then
        assertThat(Main.commandLine(new PrintWriter(out), new PrintWriter(err), false, command, "--help")
                .getSubcommands()).containsOnlyKeys(command);
        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(allOut.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "help"})
    void should_list_every_command_in_the_help(String help) {
        assertThat(run(help)).isZero();
        assertThat(out.toString()).contains("Commands:").containsPattern(
                "(?s)audit .*model .*quantize .*checks .*scan .*init .*help ");
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

    /** A command that prints part of a table, without a line end, then fails as a bug would. */
    @Command(name = "faulty")
    static final class FaultyCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print("CLAIM  VERDICT");
            throw new IllegalStateException("a bug");
        }
    }

    /** A command that runs out of stack, as a runaway recursion would. */
    @Command(name = "overflowing")
    static final class OverflowingCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    @Test
    void should_report_an_error_of_the_jvm_as_an_internal_error_without_a_stack_trace() {
        PrintWriter errOut = new PrintWriter(err, true);
        CommandLine commandLine = Main.commandLine(new PrintWriter(out, true), errOut, false);
        commandLine.addSubcommand(new OverflowingCommand());
        commandLine.setErr(errOut);
        assertThat(Main.execute(commandLine, false, "overflowing")).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("claimcheck: internal error: java.lang.StackOverflowError"
                + System.lineSeparator());
    }

    private int runFaulty(boolean debug, StringWriter buffered) {
        PrintWriter bufferedOut = new PrintWriter(new BufferedWriter(buffered));
        PrintWriter errOut = new PrintWriter(err, true);
        CommandLine commandLine = Main.commandLine(bufferedOut, errOut, debug);
        // a subcommand added later does not inherit the streams
        commandLine.addSubcommand(new FaultyCommand());
        commandLine.setOut(bufferedOut);
        commandLine.setErr(errOut);
        return commandLine.execute("faulty");
    }

    @Test
    void should_flush_what_was_printed_before_an_internal_error_and_give_no_stack_trace() {
        StringWriter buffered = new StringWriter();
        assertThat(runFaulty(false, buffered)).isEqualTo(3);
        assertThat(buffered.toString()).isEqualTo("CLAIM  VERDICT");
        assertThat(err.toString()).isEqualTo("claimcheck: internal error: java.lang.IllegalStateException: a bug"
                + System.lineSeparator());
    }

    @Test
    void should_add_the_stack_trace_of_an_internal_error_in_debug_mode() {
        assertThat(runFaulty(true, new StringWriter())).isEqualTo(3);
        assertThat(err.toString()).contains("\tat org.claimcheck.cli.MainTest$FaultyCommand.call");
    }

    @Test
    void should_flush_the_output_of_every_command_before_returning() {
        StringWriter buffered = new StringWriter();
        int exit = Main.execute(new String[] {"--version"}, new PrintWriter(new BufferedWriter(buffered)),
                new PrintWriter(err, true));
        assertThat(exit).isZero();
        assertThat(buffered.toString()).startsWith("claimcheck ");
    }

    @Test
    void should_list_the_exit_codes_in_the_main_usage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("0   no claim is flagged").contains("1   some claim is flagged")
                .contains("2   invalid input or usage (file:line:col: field: expected …, got …)")
                .contains("3   internal error");
    }
}
