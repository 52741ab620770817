package org.claimcheck.check.parallelism;

/**
 * The share of a training iteration a device spends idle in the pipeline bubble.
 */
final class PipelineBubble {

    private PipelineBubble() {
    }

    /**
     * Bubble share \( b / (m (F+B) + b) \), where b is the schedule's bubble per device and m (F+B) the compute of
     * m micro-batches on the device's stage (for DualPipe, the device's two stages together see each micro-batch
     * once, so its compute is also m (F+B)).
     *
     * @param schedule     the schedule
     * @param stages       PP &gt;= 2 (even for DualPipe)
     * @param microBatches m &gt;= 1 (even for DualPipe, R p.13)
     * @param times        chunk times
     * @return the idle share, in [0, 1)
     * @throws IllegalArgumentException when a precondition of the schedule fails
     * @see <a href="https://arxiv.org/abs/2412.19437">R Table 2, p.13</a>
     */
    public static double share(PipelineSchedule schedule, int stages, int microBatches, ChunkTimes times) {
        if (microBatches < 1 || (schedule == PipelineSchedule.DUALPIPE && microBatches % 2 != 0)) {
            throw new IllegalArgumentException(schedule.tableRow() + " needs micro-batches >= 1"
                    + (schedule == PipelineSchedule.DUALPIPE ? " and even" : "") + ", got " + microBatches);
        }
        double bubble = schedule.bubbleTime(stages, times);
        return bubble / (microBatches * times.forwardBackward() + bubble);
    }
}
