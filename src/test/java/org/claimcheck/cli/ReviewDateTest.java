package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewDateTest {

    @Test
    void should_read_the_option_as_an_iso_date() {
        assertThat(ReviewDate.ofOption("2025-02-01")).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15/01/2025", "2025-02-30", "2025-1-15", "yesterday", ""})
    void should_say_the_expected_form_of_a_bad_option(String option) {
        assertThatThrownBy(() -> ReviewDate.ofOption(option)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--date: expected a date as YYYY-MM-DD, got \"" + option + "\"");
    }

    @Test
    void should_take_the_utc_date_of_source_date_epoch() {
        // 2025-01-01T00:00:00Z = 1735689600 s; + 14 days × 86400 s + 86399 s is still 2025-01-15 (23:59:59)
        assertThat(ReviewDate.ofEpoch("1736985599")).contains(LocalDate.of(2025, 1, 15));
        assertThat(ReviewDate.ofEpoch("0")).contains(LocalDate.of(1970, 1, 1));
        // GNU coreutils 9.1: `date -u -d @253402300799` prints Fri Dec 31 23:59:59 UTC 9999
        assertThat(ReviewDate.ofEpoch("253402300799")).contains(LocalDate.of(9999, 12, 31));
    }

    @Test
    void should_give_no_date_when_the_variable_is_unset_or_empty() {
        assertThat(ReviewDate.ofEpoch(null)).isEmpty();
        assertThat(ReviewDate.ofEpoch("")).isEmpty();
    }

    @Test
    void should_refuse_an_epoch_that_is_not_whole_seconds() {
        assertThatThrownBy(() -> ReviewDate.ofEpoch("1.5e9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC, got \"1.5e9\"");
    }

    @Test
    void should_refuse_an_epoch_beyond_the_year_9999_instead_of_failing_inside_java_time() {
        assertThatThrownBy(() -> ReviewDate.ofEpoch("999999999999999999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC up to 253402300799 "
                        + "(9999-12-31), got \"999999999999999999\"");
    }
}
