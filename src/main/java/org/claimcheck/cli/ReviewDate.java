package org.claimcheck.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The datePublished of the ClaimReviews: the {@code --date} option, else the date (UTC) of the
 * {@code SOURCE_DATE_EPOCH} environment variable of reproducible builds
 * (https://reproducible-builds.org/specs/source-date-epoch/), else none — never the clock.
 */
final class ReviewDate {

    static final String ENVIRONMENT_VARIABLE = "SOURCE_DATE_EPOCH";

    private ReviewDate() {
    }

    /**
     * The date to publish under.
     *
     * @param option          the {@code --date} value, or null when not given
     * @param sourceDateEpoch the variable's value, or null when unset: whole seconds since 1970-01-01T00:00:00Z
     * @throws IllegalArgumentException when the variable is set but is not a non-negative whole number
     */
    static Optional<LocalDate> of(LocalDate option, String sourceDateEpoch) {
        if (option != null) {
            return Optional.of(option);
        }
        if (sourceDateEpoch == null || sourceDateEpoch.isEmpty()) {
            return Optional.empty();
        }
        if (!sourceDateEpoch.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + ": expected whole seconds since 1970-01-01 UTC, "
                    + "got \"" + sourceDateEpoch + "\"");
        }
        return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch)),
                ZoneOffset.UTC));
    }
}
