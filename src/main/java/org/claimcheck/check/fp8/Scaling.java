package org.claimcheck.check.fp8;

import org.claimcheck.check.Named;

/**
 * How a tensor (row-major, rows × columns) is grouped for scaling before a cast: each group gets one scale that maps
 * its largest magnitude (amax) onto the format's largest finite value.
 *
 * @see <a href="https://arxiv.org/abs/2412.19437">R §3.3.2 p.16: 1×128 tiles for activations (per token per 128
 *     channels), 128×128 blocks for weights</a>
 */
enum Scaling implements Named {
    /** No scaling: the values are cast as they are. */
    NONE("none"),
    /** One scale for the whole tensor, from its current amax. */
    PER_TENSOR("per-tensor"),
    /** One scale per row (per token). */
    PER_ROW("per-row"),
    /** One scale per 1 × 128 tile of a row (DeepSeek-V3's activations). */
    TILE_1X128("tile-1x128"),
    /** One scale per 128 × 128 block (DeepSeek-V3's weights). */
    BLOCK_128X128("block-128x128");

    /** Width of a tile and side of a block, N_C = 128 (R §3.3.2 p.16–17). */
    public static final int GROUP_WIDTH = 128;

    private final String id;

    Scaling(String id) {
        this.id = id;
    }

    /** The spelling of claim files: {@code tile-1x128}. */
    @Override
    public String id() {
        return id;
    }

    /** Rows a group spans starting at a row, given the tensor's rows. */
    int groupRows(int rows) {
        return switch (this) {
            case NONE, PER_TENSOR -> rows;
            case PER_ROW, TILE_1X128 -> 1;
            case BLOCK_128X128 -> GROUP_WIDTH;
        };
    }

    /** Columns a group spans, given the tensor's columns. */
    int groupColumns(int columns) {
        return switch (this) {
            case NONE, PER_TENSOR, PER_ROW -> columns;
            case TILE_1X128, BLOCK_128X128 -> GROUP_WIDTH;
        };
    }
}
