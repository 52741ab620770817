package org.claimcheck.check.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Digit grouping by hand against the JDK's formatter, the reference ({@code %,d} in Locale.ROOT). */
class ExactCountTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 12, 999, 1000, -1000, 99_999, 100_000, 999_999, 1_000_000, -1_234_567,
        671_026_419_200L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1})
    void should_group_digits_as_the_formatter_does(long value) {
        assertThat(ExactCount.grouped(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
    }

    @Test
    void should_group_the_digits_of_random_counts_of_every_length_as_the_formatter_does() {
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 10_000; i++) {
            long value = random.nextLong() >> random.nextInt(64);
            assertThat(ExactCount.grouped(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
        }
    }

    @Test
    void should_write_the_total_parameters_of_deepseek_v3_as_a_reader_writes_them() {
        // 671,026,419,200: the total the model checks derive for DeepSeek-V3, digits grouped by threes
        assertThat(ExactCount.grouped(671_026_419_200L)).isEqualTo("671,026,419,200");
    }
}
