package org.claimcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleTextTest {

    @ParameterizedTest(name = "U+{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // C0: the three with short names, then the cursor-moving ones as 4 hex digits
        "0009 | \\t", "000a | \\n", "000d | \\r", "0000 | \\u0000", "0007 | \\u0007", "001b | \\u001b",
        // DEL and C1 (NEL, CSI)
        "007f | \\u007f", "0085 | \\u0085", "009b | \\u009b",
        // bidi formatting characters of UAX #9, section 2: ALM, LRM, RLM, LRE..RLO, LRI..PDI
        "061c | \\u061c", "200e | \\u200e", "200f | \\u200f", "202a | \\u202a", "202e | \\u202e", "2066 | \\u2066",
        "2069 | \\u2069",
        // line and paragraph separators
        "2028 | \\u2028", "2029 | \\u2029"})
    void should_show_each_unsafe_character_as_a_visible_escape(String hex, String escape) {
        String text = "a" + (char) Integer.parseInt(hex, 16) + "b";
        assertThat(ConsoleText.escape(text)).isEqualTo("a" + escape + "b");
    }

    @Test
    void should_turn_a_forged_terminal_line_into_one_visible_line() {
        // ESC [2J clears the screen; a newline and a carriage return would start a fake problem line; RLO reverses it
        String forged = "84%\u001b[2J\nclaims/x.yaml:1:1: \r\u202eforged";
        assertThat(ConsoleText.escape(forged))
                .isEqualTo("84%\\u001b[2J\\nclaims/x.yaml:1:1: \\r\\u202eforged")
                .doesNotContainPattern("[\\p{Cc}\\u202e]");
    }

    @Test
    void should_leave_printable_text_alone_including_non_bmp_characters_and_backslashes() {
        String printable = "±0.5 % × 671B — 𝔽 😀 \\n é ü İ ı العربية हिन्दी";
        assertThat(ConsoleText.escape(printable)).isSameAs(printable);
    }

    @Test
    void should_escape_nothing_twice() {
        String once = ConsoleText.escape("\u001b\n\u202e");
        assertThat(ConsoleText.escape(once)).isEqualTo(once);
    }

    @Test
    void should_leave_no_character_below_space_or_in_the_c1_range() {
        String all = IntStream.range(0, 0xa0).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        assertThat(ConsoleText.escape(all)).doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f]");
    }

    @Test
    void should_keep_tab_line_feed_and_bidi_marks_for_a_page_and_escape_the_other_controls() {
        // RLM and RLO stay for the page to isolate; CR, NEL and U+2029 would end the isolate's bidi paragraph
        String text = "a\tb\nc\u200f\u202e d\re\u0085f\u2029g\u001bh\u0001";
        assertThat(ConsoleText.escapeControls(text))
                .isEqualTo("a\tb\nc\u200f\u202e d\\re\\u0085f\\u2029g\\u001bh\\u0001");
    }
}
