package org.claimcheck.check.model;

import static java.lang.Math.addExact;
import static java.lang.Math.multiplyExact;
import static java.lang.Math.subtractExact;
import static org.claimcheck.check.model.ExactCount.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.check.SourcedValue;
import org.claimcheck.claim.Source;
import org.claimcheck.unit.Unit;

/**
 * The bytes of a checkpoint's weights at the precisions the model ships in: the routed experts' matrices in MXFP4
 * where the family ships them so (gpt-oss), every other weight in the config's {@code torch_dtype}. Main model only
 * (MTP modules apart), as {@link ParameterCount#total}.
 */
final class WeightStorage {

    /** Bits of one MXFP4 element: an E2M1 value. */
    static final long MXFP4_ELEMENT_BITS = 4;
    /** Bits of the shared E8M0 scale of one MXFP4 block. */
    static final long MXFP4_SCALE_BITS = 8;
    /** Elements per MXFP4 block, along the input dimension of a matrix. */
    static final long MXFP4_BLOCK = 32;

    private static final Source MXFP4 = new Source("GPTOSS", "§2.1 p.5: MoE weights in MXFP4, 4.25 bits per "
            + "parameter (a 4-bit E2M1 element and an 8-bit scale shared by 32, as OCP-MX §5 defines the format)");

    private WeightStorage() {
    }

    /**
     * Bytes of the main model's weights: {@code ceil((mxfp4Bits + rest × bits(torch_dtype)) / 8)}, where the MXFP4
     * matrices of one expert take {@code 4 × elements + 8 × rows × ceil(columns / 32)} bits (gate and up: rows 2 ×
     * width, columns {@code hidden_size}; down: rows {@code hidden_size}, columns width) and {@code rest} is every
     * other parameter of {@link ParameterCount#total}.
     *
     * @return bytes, at least 1
     * @throws ArithmeticException on overflow of {@code long}
     * @see <a href="https://arxiv.org/abs/2508.10925">gpt-oss model card, §2.1 and Table 1 p.5 (checkpoint sizes)</a>
     */
    static ExactCount of(Architecture model) {
        long total = ParameterCount.total(model).value();
        boolean mxfp4 = model.family().rules().expertsInMxfp4() && model.moeLayers() > 0;
        long quantised = mxfp4 ? multiplyExact(multiplyExact(model.moeLayers(), model.experts().routed()),
                LayerParams.expertMatrices(model)) : 0;
        long quantisedBits = mxfp4 ? multiplyExact(multiplyExact(model.moeLayers(), model.experts().routed()),
                expertBits(model)) : 0;
        long rest = subtractExact(total, quantised);
        long restBits = multiplyExact(rest, model.weightFormat().bits());
        long bits = addExact(quantisedBits, restBits);
        long bytes = Math.floorDiv(addExact(bits, Byte.SIZE - 1), Byte.SIZE);
        List<String> steps = new ArrayList<>();
        if (mxfp4) {
            steps.add(String.format(Locale.ROOT, "MXFP4 routed-expert matrices: %d MoE layers × %d experts × %s "
                            + "elements = %s elements, %s bits with their block scales (%.4f bits per element)",
                    model.moeLayers(), model.experts().routed(), grouped(LayerParams.expertMatrices(model)),
                    grouped(quantised), grouped(quantisedBits), (double) quantisedBits / quantised));
        }
        steps.add(String.format(Locale.ROOT, "%s: %s parameters × %d bits = %s bits", mxfp4 ? "every other weight in "
                + model.weightFormat() : "every weight in " + model.weightFormat(), grouped(rest),
                model.weightFormat().bits(), grouped(restBits)));
        steps.add(String.format(Locale.ROOT, "weights = %s bits / 8 = %s bytes (%.2f GiB, %.2f GB)", grouped(bits),
                grouped(bytes), bytes / Unit.GIB.factorToBase(), bytes / 1e9));
        List<SourcedValue> inputs = new ArrayList<>(ParameterCount.countInputs(model));
        inputs.addAll(model.fields("weight bits (" + model.weightFormat() + ")"));
        if (mxfp4) {
            inputs.add(new SourcedValue("MXFP4 element bits", MXFP4_ELEMENT_BITS, Unit.BITS, MXFP4));
            inputs.add(new SourcedValue("MXFP4 scale bits per block", MXFP4_SCALE_BITS, Unit.BITS, MXFP4));
            inputs.add(new SourcedValue("MXFP4 elements per block", MXFP4_BLOCK, Unit.COUNT, MXFP4));
        }
        return new ExactCount(bytes, inputs, steps);
    }

    /** Bits of one routed expert's matrices in MXFP4, blocks along each matrix's input dimension. */
    private static long expertBits(Architecture model) {
        long hidden = model.hidden();
        long width = model.experts().expertIntermediate();
        long gateUp = matrixBits(multiplyExact(2, width), hidden);
        long down = matrixBits(hidden, width);
        return addExact(gateUp, down);
    }

    private static long matrixBits(long rows, long columns) {
        long blocks = Math.floorDiv(addExact(columns, MXFP4_BLOCK - 1), MXFP4_BLOCK);
        return multiplyExact(rows, addExact(multiplyExact(columns, MXFP4_ELEMENT_BITS),
                multiplyExact(blocks, MXFP4_SCALE_BITS)));
    }
}
