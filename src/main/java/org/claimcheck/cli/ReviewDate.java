package org.claimcheck.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The datePublished of the ClaimReviews: the {@code --date} option, else the date (UTC) of the
 * {@code SOURCE_DATE_EPOCH} environment variable of reproducible builds
 * (https://reproducible-builds.org/specs/source-date-epoch/), else none — never the clock.
 */
final class ReviewDate {

    static final String ENVIRONMENT_VARIABLE = "SOURCE_DATE_EPOCH";

    /** 9999-12-31T23:59:59Z in seconds since the epoch: a schema.org date has a four-digit year. */
    private static final long LAST_EPOCH_SECOND = 253_402_300_799L;

    private ReviewDate() {
    }

    /**
     * The {@code --date} value as a date. Parsed here rather than by picocli, whose message for a bad value names
     * java.time's parser instead of the expected form.
     *
     * @param option the option's value as typed
     * @throws IllegalArgumentException when it is not a calendar date written YYYY-MM-DD
     */
    static LocalDate ofOption(String option) {
        try {
            return LocalDate.parse(option);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date: expected a date as YYYY-MM-DD, got \"" + option + "\"", e);
        }
    }

    /**
     * The date of the environment variable, when it is set.
     *
     * @param sourceDateEpoch the variable's value, or null when unset: whole seconds since 1970-01-01T00:00:00Z
     * @throws IllegalArgumentException when the variable is set but is not whole seconds from 0 to
     *                                  253402300799 (9999-12-31)
     */
    static Optional<LocalDate> ofEpoch(String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isEmpty()) {
            return Optional.empty();
        }
        if (!sourceDateEpoch.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + ": expected whole seconds since 1970-01-01 UTC, "
                    + "got \"" + sourceDateEpoch + "\"");
        }
        long seconds = Long.parseLong(sourceDateEpoch);
        if (seconds > LAST_EPOCH_SECOND) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + ": expected whole seconds since 1970-01-01 UTC "
                    + "up to " + LAST_EPOCH_SECOND + " (9999-12-31), got \"" + sourceDateEpoch + "\"");
        }
        return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC));
    }
}
