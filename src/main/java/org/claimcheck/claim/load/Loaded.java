package org.claimcheck.claim.load;

import java.util.List;
import java.util.Objects;
import org.claimcheck.claim.Problem;

/**
 * What a loader read, and every problem it met, sorted by position.
 *
 * @param value    what could be read (claims with problems are left out)
 * @param problems the problems, sorted by file, line and column
 * @param <T>      what was read
 */
public record Loaded<T>(T value, List<Problem> problems) {

    public Loaded {
        Objects.requireNonNull(value, "value");
        problems = problems.stream().sorted(Problem.BY_POSITION).toList();
    }
}
