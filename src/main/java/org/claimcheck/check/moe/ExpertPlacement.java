package org.claimcheck.check.moe;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Where the physical expert slots live: slot p holds logical expert {@code physicalToLogical[p]}, and GPU g holds
 * the slots [g·k, (g+1)·k) with k = slots / GPUs, the layout of the EPLB README's {@code phy2log} output. An
 * expert with r replicas sends each replica 1/r of its tokens.
 */
final class ExpertPlacement {

    private final int[] physicalToLogical;
    private final int gpus;
    private final int[] replicas;

    private ExpertPlacement(int[] physicalToLogical, int gpus, int experts) {
        if (gpus < 1 || physicalToLogical.length % gpus != 0) {
            throw new IllegalArgumentException(physicalToLogical.length + " slots do not divide over " + gpus
                    + " GPUs");
        }
        this.physicalToLogical = physicalToLogical.clone();
        this.gpus = gpus;
        this.replicas = new int[experts];
        for (int expert : physicalToLogical) {
            if (expert < 0 || expert >= experts) {
                throw new IllegalArgumentException("slot holds expert " + expert + ", not in [0, " + experts + ")");
            }
            replicas[expert]++;
        }
        if (Arrays.stream(replicas).anyMatch(count -> count == 0)) {
            throw new IllegalArgumentException("every expert needs at least one slot");
        }
    }

    /**
     * A given slot-to-expert map, such as EPLB's published output.
     *
     * @throws IllegalArgumentException when the slots do not divide evenly over the GPUs or an expert has no slot
     */
    public static ExpertPlacement of(int[] physicalToLogical, int gpus, int experts) {
        return new ExpertPlacement(physicalToLogical, gpus, experts);
    }

    /** No replicas, expert e on GPU e / (E/G): the static, uniform layout R describes for training (p.23). */
    public static ExpertPlacement contiguous(int experts, int gpus) {
        return new ExpertPlacement(IntStream.range(0, experts).toArray(), gpus, experts);
    }

    /**
     * Replicate-then-pack, in the spirit of EPLB: give each of the {@code slots − E} extra slots to the expert with
     * the highest load per replica, then place the slots, heaviest share first, on the least-loaded GPU that still
     * has room.
     *
     * @param expertLoad expected or observed load of each logical expert, each &gt;= 0 (tokens, any scale)
     * @param slots      physical slots &gt;= E, divisible by {@code gpus}
     * @param gpus       GPUs &gt;= 1
     * @throws IllegalArgumentException when slots &lt; E or slots is not a multiple of gpus
     */
    public static ExpertPlacement balanced(double[] expertLoad, int slots, int gpus) {
        int experts = expertLoad.length;
        if (slots < experts || slots % gpus != 0) {
            throw new IllegalArgumentException(slots + " slots for " + experts + " experts on " + gpus + " GPUs");
        }
        int[] count = new int[experts];
        Arrays.fill(count, 1);
        for (int extra = experts; extra < slots; extra++) {
            int hottest = 0;
            for (int e = 1; e < experts; e++) {
                if (expertLoad[e] / count[e] > expertLoad[hottest] / count[hottest]) {
                    hottest = e;
                }
            }
            count[hottest]++;
        }
        int[] slotExpert = new int[slots];
        int next = 0;
        for (int e = 0; e < experts; e++) {
            for (int r = 0; r < count[e]; r++) {
                slotExpert[next++] = e;
            }
        }
        Integer[] order = IntStream.range(0, slots).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(s -> -expertLoad[slotExpert[s]] / count[slotExpert[s]]));
        return new ExpertPlacement(packed(order, slotExpert, count, expertLoad, gpus), gpus, experts);
    }

    private static int[] packed(Integer[] order, int[] slotExpert, int[] count, double[] expertLoad, int gpus) {
        int perGpu = slotExpert.length / gpus;
        double[] gpuLoad = new double[gpus];
        int[] used = new int[gpus];
        int[] layout = new int[slotExpert.length];
        for (int slot : order) {
            int target = -1;
            for (int g = 0; g < gpus; g++) {
                if (used[g] < perGpu && (target < 0 || gpuLoad[g] < gpuLoad[target])) {
                    target = g;
                }
            }
            int expert = slotExpert[slot];
            layout[target * perGpu + used[target]++] = expert;
            gpuLoad[target] += expertLoad[expert] / count[expert];
        }
        return layout;
    }

    /**
     * Per-GPU load \( L_g = \sum_{p \in g} w_{e(p)} / r_{e(p)} \).
     *
     * @param expertLoad load of each logical expert, length E (tokens, any scale)
     * @return load of each GPU, length G, in the unit of {@code expertLoad}
     * @throws IllegalArgumentException when the length is not E
     */
    public double[] gpuLoads(double[] expertLoad) {
        if (expertLoad.length != replicas.length) {
            throw new IllegalArgumentException("expected " + replicas.length + " expert loads, got "
                    + expertLoad.length);
        }
        int perGpu = physicalToLogical.length / gpus;
        double[] loads = new double[gpus];
        for (int p = 0; p < physicalToLogical.length; p++) {
            int expert = physicalToLogical[p];
            loads[p / perGpu] += expertLoad[expert] / replicas[expert];
        }
        return loads;
    }

    /** The number of replicas of each logical expert. */
    public int[] replicas() {
        return replicas.clone();
    }

    /**
     * Max over mean of a set of loads, &gt;= 1 (1 = perfect balance).
     *
     * @param loads loads, each &gt;= 0, not all 0
     * @throws IllegalArgumentException when the mean is not positive
     */
    public static double maxOverMean(double[] loads) {
        double mean = Arrays.stream(loads).average().orElseThrow();
        if (!(mean > 0)) {
            throw new IllegalArgumentException("loads have no positive mean");
        }
        return Arrays.stream(loads).max().orElseThrow() / mean;
    }
}
