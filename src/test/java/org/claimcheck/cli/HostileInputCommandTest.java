package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.claimcheck.io.Fifo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Inputs that could hang a command or flood its messages: each is refused at once, in a message of one line. */
class HostileInputCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int main(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Main.execute(args, new PrintWriter(out), new PrintWriter(err)));
    }

    private int quantize(String input) {
        CommandLine command = new CommandLine(new QuantizeCommand(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> command.execute("--format", "E4M3"));
    }

    @Test
    void should_refuse_a_fifo_given_to_model() throws Exception {
        Path fifo = Fifo.make(temp.resolve("config.json"));
        assertThat(main("model", fifo.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(fifo + ":1:1: expected a config.json, got a special file (a FIFO, "
                + "socket or device), which is never read" + NL);
    }

    @Test
    void should_refuse_a_fifo_given_to_scan() throws Exception {
        Path fifo = Fifo.make(temp.resolve("article.txt"));
        assertThat(main("scan", fifo.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(fifo + ":1:1: expected an article text, got a special file (a FIFO, "
                + "socket or device), which is never read" + NL);
    }

    @Test
    void should_stop_quantize_at_a_line_over_the_limit_after_rounding_the_lines_before() {
        assertThat(quantize("0.3\n" + "1".repeat(2_000_000) + "\n1\n")).isEqualTo(2);
        assertThat(out.toString()).isEqualTo("0.3125" + NL);
        assertThat(err.toString()).isEqualTo("quantize: line 2: expected a line of at most 1024 characters, got a "
                + "longer one" + NL);
    }

    @Test
    void should_quote_at_most_80_characters_of_a_line_that_is_not_a_number() {
        assertThat(quantize("x".repeat(1000) + "\n")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("quantize: line 1: expected a decimal number, NaN, Infinity or "
                + "-Infinity, got \"" + "x".repeat(80) + "… (1000 characters)\"" + NL);
    }
}
