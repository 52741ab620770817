package org.claimcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    private static List<String> lines(String text, int maxChars) throws Exception {
        BoundedLines lines = new BoundedLines(new StringReader(text), maxChars);
        List<String> read = new ArrayList<>();
        for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
            read.add(line.get());
        }
        return read;
    }

    @Test
    void should_split_as_buffered_reader_does_for_lf_and_crlf() throws Exception {
        assertThat(lines("a\nbb\r\n\nccc", 5)).containsExactly("a", "bb", "", "ccc");
        assertThat(lines("a\n", 5)).containsExactly("a");
        assertThat(lines("", 5)).isEmpty();
    }

    @Test
    void should_accept_a_line_of_exactly_the_limit_even_with_crlf() throws Exception {
        assertThat(lines("abc\r\nabc", 3)).containsExactly("abc", "abc");
    }

    @Test
    void should_stop_at_the_first_line_over_the_limit_naming_it() {
        assertThatThrownBy(() -> lines("ok\n" + "x".repeat(20_000) + "\nok", 1024))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(1025);
                })
                .hasMessage("expected a line of at most 1024 characters, got a longer one");
    }

    @Test
    void should_refuse_a_long_last_line_without_a_line_break() {
        assertThatThrownBy(() -> lines("abcd", 3)).hasMessage("expected a line of at most 3 characters, got a "
                + "longer one");
    }

    @Test
    void should_read_lines_across_buffer_boundaries() throws Exception {
        String line = "y".repeat(5000);
        assertThat(lines((line + "\n").repeat(7), 5000)).hasSize(7).allMatch(line::equals);
    }
}
