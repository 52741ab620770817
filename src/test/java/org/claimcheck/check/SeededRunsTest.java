package org.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.claimcheck.check.stats.SeededRandom;
import org.junit.jupiter.api.Test;

class SeededRunsTest {

    /** A run that depends on its seed alone: the sum of 10,000 standard normal draws of its own generator. */
    private static double run(long seed) {
        SeededRandom random = SeededRandom.of(seed);
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            sum += random.gaussian();
        }
        return sum;
    }

    /** The runs on a pool of {@code threads} workers. */
    private static List<Double> onThreads(int threads, long firstSeed, int count) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> SeededRuns.of(firstSeed, count, SeededRunsTest::run)).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void should_give_the_runs_of_a_plain_loop_in_seed_order_on_one_thread_and_on_four() throws Exception {
        // given the runs one after the other, as a plain loop gives them
        List<Double> loop = new ArrayList<>();
        for (long seed = 7; seed < 7 + 12; seed++) {
            loop.add(run(seed));
        }
        // when / then: bit for bit the same, in the same order, whatever the threads
        assertThat(onThreads(1, 7, 12)).containsExactlyElementsOf(loop);
        assertThat(onThreads(4, 7, 12)).containsExactlyElementsOf(loop);
    }

    @Test
    void should_refuse_fewer_than_one_seed() {
        assertThatThrownBy(() -> SeededRuns.of(1, 0, SeededRunsTest::run))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be >= 1, got 0");
    }
}
