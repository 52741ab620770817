package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewDateTest {

    @Test
    void should_prefer_the_option_to_the_environment() {
        assertThat(ReviewDate.of(LocalDate.of(2025, 2, 1), "0")).contains(LocalDate.of(2025, 2, 1));
    }

    @Test
    void should_take_the_utc_date_of_source_date_epoch() {
        // 2025-01-01T00:00:00Z = 1735689600 s; + 14 days × 86400 s + 86399 s is still 2025-01-15 (23:59:59)
        assertThat(ReviewDate.of(null, "1736985599")).contains(LocalDate.of(2025, 1, 15));
        assertThat(ReviewDate.of(null, "0")).contains(LocalDate.of(1970, 1, 1));
    }

    @Test
    void should_give_no_date_when_neither_is_given() {
        assertThat(ReviewDate.of(null, null)).isEmpty();
        assertThat(ReviewDate.of(null, "")).isEmpty();
    }

    @Test
    void should_refuse_an_epoch_that_is_not_whole_seconds() {
        assertThatThrownBy(() -> ReviewDate.of(null, "1.5e9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, got \"1.5e9\"");
    }
}
