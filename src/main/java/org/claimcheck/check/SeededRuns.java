package org.claimcheck.check;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * The runs of an experiment over consecutive seeds, side by side. Each run must depend on its seed alone (its own
 * generator, no shared state); the runs are then the same on any number of threads, and they come back in seed order,
 * so what is computed from them is too.
 */
public final class SeededRuns {

    private SeededRuns() {
    }

    /**
     * The runs for seeds {@code firstSeed} … {@code firstSeed + count - 1}, in that order, on the common fork-join
     * pool (or the pool of the calling task).
     *
     * @param firstSeed the first seed, any long
     * @param count     how many seeds, at least 1
     * @param run       one run for a seed; independent of every other run
     * @throws IllegalArgumentException when count &lt; 1
     */
    public static <T> List<T> of(long firstSeed, int count, LongFunction<T> run) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
        return IntStream.range(0, count).parallel().mapToObj(i -> run.apply(firstSeed + i)).toList();
    }
}
