package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.claimcheck.check.stats.SeededRandom;
import org.junit.jupiter.api.Test;

class TokenPoolTest {

    @Test
    void should_give_standard_normal_logits_when_there_is_no_skew() {
        // given: with skew 0 each logit is u·e for a unit e and u ~ N(0, I), so it is N(0, 1); σ(Z) has mean 1/2 by
        // the symmetry σ(-z) = 1 - σ(z)
        float[] affinities = TokenPool.affinities(new GateConfig(64, 8, 1, 1, 1, 2, 0.0, 0.0, 1.0),
                SeededRandom.of(4));

        // when
        double sum = 0;
        double squares = 0;
        for (float affinity : affinities) {
            double logit = Math.log(affinity / (1.0 - affinity));
            sum += affinity;
            squares += logit * logit;
        }

        // then: 131,072 draws, so the sample mean of σ and the variance of the logit are within about 1%
        assertThat(affinities).hasSize(TokenPool.TOKENS * 64);
        assertThat(sum / affinities.length).isCloseTo(0.5, within(0.005));
        assertThat(squares / affinities.length).isCloseTo(1.0, within(0.03));
    }
}
