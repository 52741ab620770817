package org.claimcheck.check.moe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.claimcheck.check.stats.SeededRandom;
import org.junit.jupiter.api.Test;

class GateSimulationTest {

    /** DeepSeek-V3's gate (R §4.2 p.22–23: 256 experts, top-8, 8 nodes, at most 4 per token, γ 0.001). */
    private static GateConfig gate(int tokens, int steps, double skew) {
        return new GateConfig(256, 8, 8, 4, tokens, steps, skew, 0.001, 1.25);
    }

    @Test
    void should_give_the_same_traces_bit_for_bit_for_the_same_seed() {
        GateSimulation.Runs first = GateSimulation.run(gate(256, 30, 0.3), 42);
        GateSimulation.Runs second = GateSimulation.run(gate(256, 30, 0.3), 42);

        assertThat(second).isEqualTo(first);
        assertThat(GateSimulation.run(gate(256, 30, 0.3), 43)).isNotEqualTo(first);
    }

    @Test
    void should_route_as_re_routing_every_token_every_step_does() {
        // second method: the exhaustive run re-routes each token each step instead of re-using provably
        // unchanged choices; both must give identical loads
        for (GateConfig config : List.of(gate(256, 40, 0.6), new GateConfig(64, 6, 4, 2, 128, 60, 1.0, 0.01, 1.0))) {
            assertThat(GateSimulation.run(config, 5, true)).isEqualTo(GateSimulation.run(config, 5, false));
        }
    }

    @Test
    void should_route_as_sorting_every_score_does() {
        // second method, from the definition (R eq. 16 and node-limited routing, p.9): sort each node's scores for
        // its top-K/M sum, sort the node sums for the M kept nodes, sort the kept experts' scores for the top K;
        // the same token draws and bias rule (R §2.1.2 p.9) feed it
        for (GateConfig config : List.of(gate(256, 25, 0.6), new GateConfig(64, 6, 4, 2, 128, 30, 1.0, 0.01, 1.0),
                new GateConfig(48, 6, 6, 3, 64, 20, 0.3, 0.005, 1.25))) {
            GateSimulation.Runs runs = GateSimulation.run(config, 11);

            assertThat(runs.balanced()).isEqualTo(sortedRouting(config, 11, config.gamma()));
            assertThat(runs.unbalanced()).isEqualTo(sortedRouting(config, 11, 0.0));
        }
    }

    private static LoadTrace sortedRouting(GateConfig config, long seed, double gamma) {
        int experts = config.experts();
        int perNode = config.expertsPerNode();
        float[] affinity = TokenPool.affinities(config, SeededRandom.of(seed));
        SeededRandom sampler = SeededRandom.of(seed ^ GateSimulation.SAMPLING_SALT);
        double[] bias = new double[experts];
        LoadTrace.Builder trace = new LoadTrace.Builder(config);
        double meanLoad = (double) config.tokensPerStep() * config.topK() / experts;
        for (int step = 0; step < config.steps(); step++) {
            int[] load = new int[experts];
            for (int n = 0; n < config.tokensPerStep(); n++) {
                int token = sampler.uniformInt(TokenPool.TOKENS);
                double[] score = new double[experts];
                for (int i = 0; i < experts; i++) {
                    score[i] = affinity[token * experts + i] + bias[i];
                }
                double[] nodeScore = IntStream.range(0, config.nodes()).mapToDouble(node -> Arrays.stream(score,
                        node * perNode, (node + 1) * perNode).boxed().sorted(Comparator.reverseOrder())
                        .limit(config.topK() / config.nodeLimit()).mapToDouble(Double::doubleValue).sum()).toArray();
                List<Integer> keptNodes = IntStream.range(0, config.nodes()).boxed()
                        .sorted(Comparator.comparingDouble(node -> -nodeScore[node])).limit(config.nodeLimit()).toList();
                IntStream.range(0, experts).boxed().filter(i -> keptNodes.contains(i / perNode))
                        .sorted(Comparator.comparingDouble(i -> -score[i])).limit(config.topK())
                        .forEach(i -> load[i]++);
            }
            trace.add(load);
            for (int i = 0; i < experts; i++) {
                bias[i] -= gamma * Math.signum(load[i] - meanLoad);
            }
        }
        return trace.build();
    }

    @Test
    void should_route_like_plain_top_k_when_each_node_holds_one_expert_and_m_equals_k() {
        // with one expert per node, "at most K nodes" allows any K experts: node-limited routing must then
        // coincide with unrestricted top-K (M = nodes), a second route through the code
        GateConfig limited = new GateConfig(32, 4, 32, 4, 128, 30, 0.5, 0.01, 1.25);
        GateConfig unlimited = new GateConfig(32, 4, 1, 1, 128, 30, 0.5, 0.01, 1.25);

        assertThat(GateSimulation.run(limited, 8)).isEqualTo(GateSimulation.run(unlimited, 8));
    }

    @Test
    void should_grow_imbalance_with_skew_without_the_bias() {
        double previous = 0;
        for (double skew : new double[] {0.0, 0.3, 0.6, 1.0}) {
            double settled = GateSimulation.run(gate(256, 20, skew), 3).unbalanced().settled("max-over-mean");

            assertThat(settled).isGreaterThan(previous);
            previous = settled;
        }
    }

    @Test
    void should_bring_imbalance_down_to_the_sampling_floor_with_the_bias_and_keep_it_there() {
        // given: the floor is what a gate with no popularity skew shows without any balancing: sampling noise only
        double floor = GateSimulation.run(gate(256, 40, 0.0), 9).unbalanced().settled("max-over-mean");

        // when
        GateSimulation.Runs runs = GateSimulation.run(gate(256, 300, 0.6), 9);

        // then: it starts far above the floor, falls, and the last 100 steps stay near the floor
        List<Double> balanced = runs.balanced().maxOverMean();
        List<Double> late = balanced.subList(200, 300);
        assertThat(balanced.get(0)).isGreaterThan(2 * floor);
        assertThat(late.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isLessThan(1.2 * floor);
        assertThat(late).allSatisfy(value -> assertThat(value).isLessThan(1.6 * floor));
        assertThat(runs.unbalanced().settled("max-over-mean")).isGreaterThan(2 * floor);
    }
}
