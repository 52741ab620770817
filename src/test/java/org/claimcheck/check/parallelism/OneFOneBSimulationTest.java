package org.claimcheck.check.parallelism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OneFOneBSimulationTest {

    static List<Arguments> grid() {
        List<Arguments> grid = new ArrayList<>();
        for (int stages : new int[] {2, 3, 4, 7, 8, 16, 32}) {
            for (int microBatches : new int[] {1, 2, 3, 5, 8, 15, 16, 17, 32, 64, 100}) {
                grid.add(Arguments.of(stages, microBatches, 1.0, 2.0));
                grid.add(Arguments.of(stages, microBatches, 1.5, 1.0));
            }
        }
        return grid;
    }

    @ParameterizedTest(name = "PP {0}, m {1}, F {2}, B {3}")
    @MethodSource("grid")
    void should_reproduce_the_closed_form_of_table_2(int stages, int microBatches, double forward, double backward) {
        // given
        ChunkTimes times = ChunkTimes.withoutOverlap(forward, backward, 0.0);

        // when
        OneFOneBSimulation.Timeline timeline = OneFOneBSimulation.run(stages, microBatches, times);

        // then: R Table 2 (p.13), 1F1B bubble (PP-1)(F+B), by a second method
        assertThat(timeline.bubble()).isCloseTo(PipelineSchedule.ONE_F_ONE_B.bubbleTime(stages, times),
                within(1e-9));
        assertThat(timeline.bubbleShare()).isCloseTo(
                PipelineBubble.share(PipelineSchedule.ONE_F_ONE_B, stages, microBatches, times), within(1e-12));
    }

    @Test
    void should_run_a_two_stage_pipeline_as_worked_by_hand() {
        // PP 2, m 2, F 1, B 2. Stage 0: F0 [0,1], F1 [1,2]; stage 1: F0 [1,2], B0 [2,4], F1 [4,5], B1 [5,7];
        // stage 0: B0 [4,6], B1 [7,9]. Makespan 9 = (m + PP - 1)(F + B) = 3 × 3.
        OneFOneBSimulation.Timeline timeline = OneFOneBSimulation.run(2, 2, ChunkTimes.withoutOverlap(1, 2, 0));

        assertThat(timeline.makespan()).isEqualTo(9.0);
        assertThat(timeline.bubble()).isEqualTo(3.0);
    }
}
