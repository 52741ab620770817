package org.claimcheck.check.parallelism;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.check.Plot;

/** Bubble share against the number of micro-batches, for each schedule and for the simulated 1F1B. */
final class BubblePlot {

    private static final int MULTIPLES_OF_PP = 8;
    private static final int MAX_POINTS = 32;
    /** Beyond this the simulated series is left out: 8·PP micro-batches on PP stages grows as PP². */
    private static final int MAX_SIMULATED_STAGES = 64;

    private BubblePlot() {
    }

    /**
     * Even micro-batch counts up to 8·PP (at most 32 points); DualPipe is left out for odd PP, the simulation for PP
     * above 64.
     */
    static Plot shareByMicroBatches(int stages, ChunkTimes times) {
        int last = MULTIPLES_OF_PP * stages;
        int stride = Math.max(2, 2 * (int) Math.ceil(last / (2.0 * MAX_POINTS)));
        List<Double> x = new ArrayList<>();
        for (int m = stride; m <= last; m += stride) {
            x.add((double) m);
        }
        List<Plot.Series> series = new ArrayList<>();
        for (PipelineSchedule schedule : PipelineSchedule.values()) {
            if (schedule == PipelineSchedule.DUALPIPE && stages % 2 != 0 || !nonNegative(schedule, stages, times)) {
                continue;
            }
            List<Double> y = x.stream().map(m -> PipelineBubble.share(schedule, stages, m.intValue(), times)).toList();
            series.add(Plot.Series.of(schedule.tableRow() + " (closed form)", x, y));
        }
        if (stages <= MAX_SIMULATED_STAGES) {
            series.add(Plot.Series.of("1F1B (simulation)", x,
                    x.stream().map(m -> OneFOneBSimulation.run(stages, m.intValue(), times).bubbleShare()).toList()));
        }
        return new Plot("bubble-share-by-micro-batches", "Pipeline bubble share, PP = " + stages, "micro-batches",
                "bubble share (fraction)", false, series, List.of());
    }

    private static boolean nonNegative(PipelineSchedule schedule, int stages, ChunkTimes times) {
        try {
            schedule.bubbleTime(stages, times);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
