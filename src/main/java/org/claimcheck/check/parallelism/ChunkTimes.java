package org.claimcheck.check.parallelism;

/**
 * Execution times of one pipeline chunk, in any one time unit, as R Table 2 (p.13) names them.
 *
 * @param forward        F, a forward chunk, &gt; 0
 * @param backward       B, a full backward chunk (input and weight gradients), &gt; 0
 * @param weightBackward W, the backward-for-weights part of B, in [0, B]
 * @param overlapped     F&amp;B, two mutually overlapped forward and backward chunks, in [max(F, B), F + B]
 */
record ChunkTimes(double forward, double backward, double weightBackward, double overlapped) {

    public ChunkTimes {
        if (!(forward > 0 && Double.isFinite(forward) && backward > 0 && Double.isFinite(backward))) {
            throw new IllegalArgumentException("F and B must be finite and > 0, got " + forward + ", " + backward);
        }
        if (!(weightBackward >= 0 && weightBackward <= backward)) {
            throw new IllegalArgumentException("W must be in [0, B], got " + weightBackward);
        }
        if (!(overlapped >= Math.max(forward, backward) && overlapped <= forward + backward)) {
            throw new IllegalArgumentException("F&B must be in [max(F, B), F + B], got " + overlapped);
        }
    }

    /** Times with no gain from overlapping: F&amp;B = F + B. */
    public static ChunkTimes withoutOverlap(double forward, double backward, double weightBackward) {
        return new ChunkTimes(forward, backward, weightBackward, forward + backward);
    }

    /** F + B, the compute of one micro-batch on one stage. */
    public double forwardBackward() {
        return forward + backward;
    }
}
