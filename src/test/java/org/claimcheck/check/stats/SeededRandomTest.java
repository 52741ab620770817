package org.claimcheck.check.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.DoubleStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator's draws against the distributions they claim, computed by a second library (Commons Math's CDFs and
 * tests). The seeds are fixed, so each test is deterministic; the p-value bound of 0.001 is the chance a correct
 * sampler would fail it for an arbitrary seed.
 */
class SeededRandomTest {

    private static final int DRAWS = 100_000;

    @Test
    void should_give_the_same_draws_for_the_same_seed_and_others_for_another() {
        double[] first = draws(SeededRandom.of(7));

        assertThat(draws(SeededRandom.of(7))).containsExactly(first);
        assertThat(draws(SeededRandom.of(8))).doesNotContain(first[0], first[1], first[2]);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 0, -1, 42, 0x9E3779B97F4A7C15L, Long.MIN_VALUE, Long.MAX_VALUE})
    void should_draw_what_commons_rng_random_source_gives_for_the_same_seed(long seed) {
        // given: the generator as Commons RNG's documented factory builds it from the seed
        UniformRandomProvider reference = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        SeededRandom random = SeededRandom.of(seed);

        // then: the same doubles and bounded ints, draw by draw
        for (int i = 0; i < 1000; i++) {
            assertThat(random.uniform()).isEqualTo(reference.nextDouble());
            assertThat(random.uniformInt(1 + i)).isEqualTo(reference.nextInt(1 + i));
        }
    }

    private static double[] draws(SeededRandom random) {
        return new double[] {random.uniform(), random.gaussian(), random.uniformInt(1000), random.studentT(3).sample()};
    }

    @Test
    void should_draw_standard_normal_values() {
        SeededRandom random = SeededRandom.of(1);
        double[] values = DoubleStream.generate(random::gaussian).limit(DRAWS).toArray();

        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1), values);

        assertThat(p).isGreaterThan(0.001);
        // mean 0 ± 4 standard errors (1/√n), variance 1 ± 4 standard errors (√(2/n) for a normal sample)
        assertThat(DoubleStream.of(values).average().orElseThrow()).isBetween(-4 / Math.sqrt(DRAWS),
                4 / Math.sqrt(DRAWS));
        double variance = DoubleStream.of(values).map(x -> x * x).average().orElseThrow();
        assertThat(variance).isBetween(1 - 4 * Math.sqrt(2.0 / DRAWS), 1 + 4 * Math.sqrt(2.0 / DRAWS));
    }

    @Test
    void should_draw_student_t_values_with_heavy_tails() {
        SeededRandom random = SeededRandom.of(2);
        SeededRandom.Sampler t = random.studentT(3);
        double[] values = DoubleStream.generate(t::sample).limit(DRAWS).toArray();

        assertThat(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new TDistribution(3), values))
                .isGreaterThan(0.001);
        // P(|T| > 5) = 2·(1 − F(5)), with F(t) = 1/2 + (atan(t/√3) + √3·t/(t² + 3))/π for 3 degrees of freedom:
        // 0.01539, so 1,539 ± 39 of 100,000 (a normal draw: 5.7e-7, none)
        long beyondFive = DoubleStream.of(values).filter(x -> Math.abs(x) > 5).count();
        assertThat(beyondFive).isBetween(1_300L, 1_800L);
    }

    @Test
    void should_draw_uniform_integers_and_doubles() {
        SeededRandom random = SeededRandom.of(3);
        long[] counts = new long[10];
        for (int i = 0; i < DRAWS; i++) {
            counts[random.uniformInt(10)]++;
        }
        double[] expected = DoubleStream.generate(() -> DRAWS / 10.0).limit(10).toArray();

        assertThat(new ChiSquareTest().chiSquareTest(expected, counts)).isGreaterThan(0.001);
        assertThat(DoubleStream.generate(random::uniform).limit(DRAWS)).allSatisfy(u -> assertThat(u)
                .isGreaterThanOrEqualTo(0.0).isLessThan(1.0));
    }

    @Test
    void should_refuse_an_empty_range_and_non_positive_degrees_of_freedom() {
        SeededRandom random = SeededRandom.of(4);

        assertThatThrownBy(() -> random.uniformInt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.studentT(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
