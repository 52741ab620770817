package org.claimcheck.check.parallelism;

import org.claimcheck.check.Named;

/**
 * The pipeline schedules of R Table 2 (p.13), with their bubble closed forms as the table writes them.
 */
enum PipelineSchedule implements Named {
    /** One-forward-one-backward. */
    ONE_F_ONE_B("1f1b", "1F1B", "(PP-1)(F+B)"),
    /** Zero Bubble, ZB1P. */
    ZB1P("zb1p", "ZB1P", "(PP-1)(F+B-2W)"),
    /** DualPipe: bidirectional, needs an even number of stages and of micro-batches (R p.13). */
    DUALPIPE("dualpipe", "DualPipe", "(PP/2-1)(F&B+B-3W)");

    private final String id;
    private final String tableRow;
    private final String bubbleFormula;

    PipelineSchedule(String id, String tableRow, String bubbleFormula) {
        this.id = id;
        this.tableRow = tableRow;
        this.bubbleFormula = bubbleFormula;
    }

    @Override
    public String id() {
        return id;
    }

    /** The row name in R Table 2 and in the library's figure file. */
    public String tableRow() {
        return tableRow;
    }

    /** The bubble formula this enum implements, exactly as R Table 2 writes it. */
    public String bubbleFormula() {
        return bubbleFormula;
    }

    /**
     * The pipeline bubble per device, in the unit of the chunk times: (PP−1)(F+B) for 1F1B, (PP−1)(F+B−2W) for
     * ZB1P, (PP/2−1)(F&amp;B+B−3W) for DualPipe.
     *
     * @param stages the pipeline-parallel degree PP &gt;= 2 (even for DualPipe)
     * @param times  chunk times
     * @return the bubble, &gt;= 0
     * @throws IllegalArgumentException when PP is out of range or the times make the closed form negative
     * @see <a href="https://arxiv.org/abs/2412.19437">R Table 2, p.13</a>
     */
    public double bubbleTime(int stages, ChunkTimes times) {
        if (stages < 2 || (this == DUALPIPE && stages % 2 != 0)) {
            throw new IllegalArgumentException(tableRow + " needs PP >= 2" + (this == DUALPIPE ? " and even" : "")
                    + ", got " + stages);
        }
        double perStage = switch (this) {
            case ONE_F_ONE_B -> times.forwardBackward();
            case ZB1P -> times.forwardBackward() - 2 * times.weightBackward();
            case DUALPIPE -> times.overlapped() + times.backward() - 3 * times.weightBackward();
        };
        double factor = this == DUALPIPE ? stages / 2.0 - 1 : stages - 1.0;
        if (perStage < 0) {
            throw new IllegalArgumentException(tableRow + " bubble " + bubbleFormula + " is negative for these times");
        }
        return factor * perStage;
    }
}
