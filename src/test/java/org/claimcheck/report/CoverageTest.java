package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void should_describe_the_share_of_checkable_sentences_claimed() {
        // 2 of 3 = 66.7%, rounded to 67
        assertThat(new Coverage(3, 2, List.of("x")).describe()).isEqualTo("2 of 3 checkable sentences (67%)");
        assertThat(new Coverage(0, 0, List.of()).describe()).isEqualTo("no checkable sentences");
    }

    @Test
    void should_refuse_more_claimed_sentences_than_checkable_ones() {
        assertThatThrownBy(() -> new Coverage(2, 3, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coverage: expected 0 <= claimed <= checkable, got 3 of 2");
    }
}
